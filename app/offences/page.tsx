import type { Metadata } from "next";
import Link from "next/link";
import { OffenceFilter } from "@/components/offences/offence-filter";
import { OffenceListSettings } from "@/components/offences/offence-list-settings";
import { OffenceTable } from "@/components/offences/offence-table";
import { RegisterCount, RegisterLayout, RegisterPages, RegisterRange } from "@/components/ui/register-layout";
import { atMost } from "@/lib/db/at-most";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import { offenceListHref, PAGE_SIZES, parseOffenceListQuery } from "@/lib/offences/schemas";
import { getOffenceListPreferences } from "@/lib/offences/server/get-offence-list-preferences";
import { listOffenceFilterOptions } from "@/lib/offences/server/list-offence-filter-options";
import { listOffences } from "@/lib/offences/server/list-offences";
import { WidePage } from "@/components/layout/wide-page";
import { readRegisterQuery } from "@/lib/lists/register-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Offences" };

/**
 * The offence list: every filter, the sort, the page and its size are in the URL; the person-name
 * filter only sealed to the user (lib/security/sealed-fields.ts).
 */
export default async function OffencesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("offences.read");
  const state = readRegisterQuery(actor.id, await searchParams, "/offences", parseOffenceListQuery);
  // The list takes two connections at most (its ids and its count); the panel's choices and the
  // user's column settings one each: within the request's share of the pool (issue 15).
  const [result, [options, preferences, views]] = await Promise.all([
    listOffences({ actor, query: state.query }),
    atMost(1, [
      () => listOffenceFilterOptions({ actor, oic: state.query.filters.oic }),
      () => getOffenceListPreferences({ actor }),
      () => listSavedViews({ actor, kind: "OFFENCES" }),
    ]),
  ]);
  const link = state.linkAt(result.page);
  // The pages either side are read from this page's first or last row (keyset, issue 15), so a
  // deep page costs what page 1 does; page 1 itself needs no cursor.
  const cursorFor = (p: number) =>
    p === result.page + 1 && result.cursors.after
      ? { after: result.cursors.after }
      : p === result.page - 1 && p > 1 && result.cursors.before
        ? { before: result.cursors.before }
        : {};

  return (
    <WidePage>
      <h1 className="govuk-heading-l">Offences</h1>
      <RegisterLayout
        userId={actor.id}
        kind="OFFENCES"
        state={state}
        views={views}
        filter={<OffenceFilter link={link} options={options} today={todayInUk()} />}
      >
        <RegisterCount list={result} noun={["offence", "offences"]} testId="offence-count" />
        <RegisterRange
          list={result}
          none="No offences match these filters. Remove a filter to see more."
          testId="offence-range"
        />
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
        <RegisterPages
          list={result}
          label="Offence list pages"
          sizes={PAGE_SIZES}
          hrefFor={(page, size) => offenceListHref({ ...link, page, size, ...cursorFor(page) })}
        />
      </RegisterLayout>
    </WidePage>
  );
}
