import type { ReactNode } from "react";
import { ListSavedViews } from "@/components/saved-views/list-saved-views";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageSizeLinks } from "@/components/ui/page-size-links";
import type { SavedViewKind } from "@/lib/enums";
import { normaliseViewParams } from "@/lib/saved-views/normalise-query";
import { saveViewHref } from "@/lib/saved-views/kinds";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { sealHref } from "@/lib/security/sealed-query";
import { shownRange } from "@/lib/lists/register-query";

// The MOJ filter-a-list layout of a register whose state lives in the address (offences,
// intelligence): the filters that were not applied, the saved views above the filter panel, the
// results beside it, and the page and size links under them. One home, so the registers keep the
// same layout and the same sealed "save these filters" link.

const count = (n: number) => n.toLocaleString("en-GB");

type Params = Record<string, string | string[] | undefined>;

export function RegisterLayout({
  userId,
  kind,
  state,
  views,
  filter,
  children,
}: {
  userId: number;
  kind: SavedViewKind;
  /** readRegisterQuery's: the params as read (sealed fields opened) are the saved view's filters. */
  state: { params: Params; messages: string[] };
  views: SavedViewDto[];
  filter: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <IgnoredFilters messages={state.messages} />
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <ListSavedViews
            saveHref={sealHref(userId, saveViewHref(kind, normaliseViewParams(kind, state.params)))}
            views={views}
          />
          {filter}
        </div>
        <div className="moj-filter-layout__content">{children}</div>
      </div>
    </>
  );
}

/** A page of a register's results, as its list function returns it. */
type RegisterResult = {
  page: number;
  pageSize: number;
  rows: readonly unknown[];
  total: number;
  totalPages: number;
  /** The count stopped at a limit: the last page is a guess, said as "more than". */
  totalCapped?: boolean;
};

/** The register's count, "More than" when the count stopped at a limit. */
export function RegisterCount({
  list,
  noun,
  testId,
}: {
  list: RegisterResult;
  /** Singular and plural. */
  noun: [string, string];
  testId: string;
}) {
  return (
    <h2
      className="govuk-heading-m"
      data-testid={testId}
      data-total={list.total}
      data-capped={list.totalCapped || undefined}
    >
      {list.totalCapped ? "More than " : ""}
      {count(list.total)} {list.total === 1 ? noun[0] : noun[1]}
    </h2>
  );
}

/** "Showing 26 to 50, page 2 of 4", or what to do when nothing matches. */
export function RegisterRange({
  list,
  none,
  testId,
}: {
  list: RegisterResult;
  none: string;
  testId?: string;
}) {
  if (list.total === 0) return <p className="govuk-body">{none}</p>;
  const { first, last } = shownRange(list.page, list.pageSize, list.rows.length);
  const capped = list.totalCapped ?? false;
  return (
    <p className="govuk-body" data-testid={testId}>
      Showing {count(first)} to {count(last)}, page {count(list.page)} of {capped ? "more than " : ""}
      {count(capped ? list.totalPages - 1 : list.totalPages)}
    </p>
  );
}

/** The page links and the "Rows per page" links under a register. */
export function RegisterPages<Size extends number>({
  list,
  label,
  sizes,
  hrefFor,
}: {
  list: RegisterResult;
  label: string;
  sizes: readonly Size[];
  /** A link to this page and size, keeping the rest of the register's state. */
  hrefFor: (page: number, size: Size) => string;
}) {
  // The list's page size is the size the address asked for (one of `sizes`).
  const size = list.pageSize as Size;
  return (
    <>
      <Pagination list={list} hrefForPage={(p) => hrefFor(p, size)} label={label} />
      <PageSizeLinks sizes={sizes} current={size} hrefFor={(s) => hrefFor(1, s as Size)} />
    </>
  );
}
