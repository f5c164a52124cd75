import type { Metadata } from "next";
import Link from "next/link";
import { OffenceFilter } from "@/components/offences/offence-filter";
import { OffenceListSettings } from "@/components/offences/offence-list-settings";
import { OffenceTable } from "@/components/offences/offence-table";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageSizeLinks } from "@/components/ui/page-size-links";
import { atMost } from "@/lib/db/at-most";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import {
  offenceListHref,
  PAGE_SIZES,
  parseOffenceListQuery,
  type OffenceListLink,
} from "@/lib/offences/schemas";
import { getOffenceListPreferences } from "@/lib/offences/server/get-offence-list-preferences";
import { listOffenceFilterOptions } from "@/lib/offences/server/list-offence-filter-options";
import { listOffences } from "@/lib/offences/server/list-offences";
import { WidePage } from "@/components/layout/wide-page";
import { ListSavedViews } from "@/components/saved-views/list-saved-views";
import { normaliseViewParams } from "@/lib/saved-views/normalise-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import { saveViewHref } from "@/lib/saved-views/kinds";
import { readSealedFields, sealHref } from "@/lib/security/sealed-query";

export const metadata: Metadata = { title: "Offences" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The offence list: every filter, the sort, the page and its size are in the URL; the person-name
 * filter only sealed to the user (lib/security/sealed-fields.ts).
 */
export default async function OffencesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("offences.read");
  const { params, token } = readSealedFields(actor.id, await searchParams, "/offences");
  const { query, form, messages } = parseOffenceListQuery(params);
  // The list takes two connections at most (its ids and its count); the panel's choices and the
  // user's column settings one each: within the request's share of the pool (issue 15).
  const [result, [options, preferences, views]] = await Promise.all([
    listOffences({ actor, query }),
    atMost(1, [
      () => listOffenceFilterOptions({ actor, oic: query.filters.oic }),
      () => getOffenceListPreferences({ actor }),
      () => listSavedViews({ actor, kind: "OFFENCES" }),
    ]),
  ]);
  const link: OffenceListLink = {
    form,
    sort: query.sort,
    dir: query.dir,
    page: result.page,
    size: query.size,
    sealed: token ?? "",
  };
  // The pages either side are read from this page's first or last row (keyset, issue 15), so a
  // deep page costs what page 1 does; page 1 itself needs no cursor.
  const cursorFor = (p: number) =>
    p === result.page + 1 && result.cursors.after
      ? { after: result.cursors.after }
      : p === result.page - 1 && p > 1 && result.cursors.before
        ? { before: result.cursors.before }
        : {};
  const todayIso = todayInUk();
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;

  return (
    <WidePage>
      <h1 className="govuk-heading-l">Offences</h1>
      <IgnoredFilters messages={messages} />
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <ListSavedViews
            saveHref={sealHref(actor.id, saveViewHref("OFFENCES", normaliseViewParams("OFFENCES", params)))}
            views={views}
          />
          <OffenceFilter link={link} options={options} today={todayIso} />
        </div>
        <div className="moj-filter-layout__content">
          <h2
            className="govuk-heading-m"
            data-testid="offence-count"
            data-total={result.total}
            data-capped={result.totalCapped || undefined}
          >
            {result.totalCapped ? "More than " : ""}
            {count(result.total)} {result.total === 1 ? "offence" : "offences"}
          </h2>
          {result.total > 0 ? (
            <p className="govuk-body" data-testid="offence-range">
              Showing {count(first)} to {count(last)}, page {count(result.page)} of{" "}
              {result.totalCapped ? "more than " : ""}
              {count(result.totalCapped ? result.totalPages - 1 : result.totalPages)}
            </p>
          ) : (
            <p className="govuk-body">No offences match these filters. Remove a filter to see more.</p>
          )}
          <div className="moj-button-menu">
            <Link
              className="govuk-button govuk-button--secondary"
              href={offenceListHref({ ...link, page: 1 }, "/offences/export")}
              data-testid="export-link"
            >
              Export to CSV
            </Link>
          </div>
          <OffenceListSettings preferences={preferences} />
          {result.rows.length > 0 ? (
            <OffenceTable rows={result.rows} link={link} preferences={preferences} />
          ) : null}
          <Pagination
            currentPage={result.page}
            totalPages={result.totalPages}
            hrefForPage={(p) => offenceListHref({ ...link, page: p, ...cursorFor(p) })}
            label="Offence list pages"
          />
          <PageSizeLinks
            sizes={PAGE_SIZES}
            current={query.size}
            hrefFor={(size) => offenceListHref({ ...link, size: size as typeof query.size, page: 1 })}
          />
        </div>
      </div>
    </WidePage>
  );
}
