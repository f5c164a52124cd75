import type { Metadata } from "next";
import Link from "next/link";
import { IntelFilter } from "@/components/intelligence/intel-filter";
import { IntelTable } from "@/components/intelligence/intel-table";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageSizeLinks } from "@/components/ui/page-size-links";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import {
  INTEL_PAGE_SIZES,
  intelListHref,
  parseIntelListQuery,
  type IntelListLink,
} from "@/lib/intelligence/list-query";
import { listIntelligence } from "@/lib/intelligence/server/list-intelligence";
import { WidePage } from "@/components/layout/wide-page";
import { ListSavedViews } from "@/components/saved-views/list-saved-views";
import { normaliseViewParams } from "@/lib/saved-views/normalise-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import { saveViewHref } from "@/lib/saved-views/kinds";
import { readSealedFields, sealHref } from "@/lib/security/sealed-query";

export const metadata: Metadata = { title: "Intelligence" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The intelligence register: filters, sort, page and size in the URL (the text sealed to the user,
 * lib/security/sealed-fields.ts); everything under the access rule.
 */
export default async function IntelligencePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("intel.read");
  const { params, token } = readSealedFields(actor.id, await searchParams, "/intelligence");
  const { query, form, messages } = parseIntelListQuery(params);
  const [result, views] = await Promise.all([
    listIntelligence({ actor, query }),
    listSavedViews({ actor, kind: "INTELLIGENCE" }),
  ]);
  const link: IntelListLink = {
    form,
    sort: query.sort,
    dir: query.dir,
    page: result.page,
    size: query.size,
    sealed: token ?? "",
  };
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;

  return (
    <WidePage>
      <h1 className="govuk-heading-l">Intelligence</h1>
      {can(actor.role, "intel.submit") ? (
        <p className="govuk-body">
          <Link
            className="govuk-button govuk-!-margin-bottom-0"
            href="/intelligence/new"
            data-testid="submit-intel-link"
          >
            Submit intelligence
          </Link>
        </p>
      ) : null}
      {!can(actor.role, "intel.restricted.read") ? (
        <p className="govuk-inset-text">
          Restricted (C-coded) items are listed so you know they exist; their content is available to the
          chair and analysts only. Text searches and grading filters look only at items you can read.
        </p>
      ) : null}
      <IgnoredFilters messages={messages} />
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <ListSavedViews
            saveHref={sealHref(
              actor.id,
              saveViewHref("INTELLIGENCE", normaliseViewParams("INTELLIGENCE", params)),
            )}
            views={views}
          />
          <IntelFilter link={link} />
        </div>
        <div className="moj-filter-layout__content">
          <h2 className="govuk-heading-m" data-testid="intel-count" data-total={result.total}>
            {count(result.total)} {result.total === 1 ? "item" : "items"}
          </h2>
          {result.total > 0 ? (
            <p className="govuk-body">
              Showing {count(first)} to {count(last)}, page {count(result.page)} of {count(result.totalPages)}
            </p>
          ) : (
            <p className="govuk-body">No intelligence matches these filters. Remove a filter to see more.</p>
          )}
          {result.rows.length > 0 ? (
            <IntelTable rows={result.rows} link={link} gradingSortable={result.gradingSortable} />
          ) : null}
          <Pagination
            currentPage={result.page}
            totalPages={result.totalPages}
            hrefForPage={(p) => intelListHref({ ...link, page: p })}
            label="Intelligence pages"
          />
          <PageSizeLinks
            sizes={INTEL_PAGE_SIZES}
            current={query.size}
            hrefFor={(size) => intelListHref({ ...link, size: size as typeof query.size, page: 1 })}
          />
        </div>
      </div>
    </WidePage>
  );
}
