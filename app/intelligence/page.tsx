import type { Metadata } from "next";
import Link from "next/link";
import { IntelFilter } from "@/components/intelligence/intel-filter";
import { IntelTable } from "@/components/intelligence/intel-table";
import { RegisterCount, RegisterLayout, RegisterPages, RegisterRange } from "@/components/ui/register-layout";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { INTEL_PAGE_SIZES, intelListHref, parseIntelListQuery } from "@/lib/intelligence/list-query";
import { listIntelligence } from "@/lib/intelligence/server/list-intelligence";
import { WidePage } from "@/components/layout/wide-page";
import { readRegisterQuery } from "@/lib/lists/register-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Intelligence" };

/**
 * The intelligence register: filters, sort, page and size in the URL (the text sealed to the user,
 * lib/security/sealed-fields.ts); everything under the access rule.
 */
export default async function IntelligencePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("intel.read");
  const state = readRegisterQuery(actor.id, await searchParams, "/intelligence", parseIntelListQuery);
  const [result, views] = await Promise.all([
    listIntelligence({ actor, query: state.query }),
    listSavedViews({ actor, kind: "INTELLIGENCE" }),
  ]);
  const link = state.linkAt(result.page);

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
      <RegisterLayout
        userId={actor.id}
        kind="INTELLIGENCE"
        state={state}
        views={views}
        filter={<IntelFilter link={link} />}
      >
        <RegisterCount list={result} noun={["item", "items"]} testId="intel-count" />
        <RegisterRange
          list={result}
          none="No intelligence matches these filters. Remove a filter to see more."
        />
        {result.rows.length > 0 ? (
          <IntelTable rows={result.rows} link={link} gradingSortable={result.gradingSortable} />
        ) : null}
        <RegisterPages
          list={result}
          label="Intelligence pages"
          sizes={INTEL_PAGE_SIZES}
          hrefFor={(page, size) => intelListHref({ ...link, page, size })}
        />
      </RegisterLayout>
    </WidePage>
  );
}
