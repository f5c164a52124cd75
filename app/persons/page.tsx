import type { Metadata } from "next";
import { ForeignSearchNotice } from "@/components/ui/foreign-search-notice";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { PersonIndexFilterPanel } from "@/components/persons/person-index-filters";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { listOffenceFilterOptions } from "@/lib/offences/server/list-offence-filter-options";
import { pageParam } from "@/lib/pagination";
import { parsePersonIndexParams, personIndexHref } from "@/lib/persons/index-filters";
import { listPersons } from "@/lib/persons/server/list-persons";
import type { PersonIndex } from "@/lib/persons/types";
import { readSealedQuery, SEALED_PARAM, sealQuery } from "@/lib/security/sealed-query";
import type { PersonIndexFilters } from "@/lib/persons/index-filters";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: SearchParams };

// The people index (issue 18): find a person by name, date of birth or nominal id, narrow by
// filters, open the record (which asks for the reason first, s.62). Partners and administrators
// are refused (403) as on a person's record: partners reach a person only through a referral.
// Names and dates of birth never stand in the address: the filters arrive sealed to the user
// (lib/security/sealed-query.ts) and every link the page makes is sealed the same way.
export default async function PersonsPage({ searchParams }: Props) {
  const actor = await requirePageActor("persons.read");
  const { query: params, foreign } = readSealedQuery(actor.id, await searchParams, ["page"]);
  const input = parsePersonIndexParams(params);
  const hrefFor = (filters: PersonIndexFilters, page = 1) => {
    const query = new URLSearchParams(personIndexHref(filters).split("?")[1] ?? "");
    if (query.size === 0) return page > 1 ? `/persons?page=${page}` : "/persons";
    return `/persons?${SEALED_PARAM}=${sealQuery(actor.id, query)}${page > 1 ? `&page=${page}` : ""}`;
  };
  const mayGroups = can(actor.role, "groups.read");
  if (!mayGroups) input.filters.groupMember = false;
  const { npus } = await listOffenceFilterOptions({ actor });

  let list: PersonIndex = { status: "empty" };
  let limited: string | null = null;
  try {
    list = await listPersons({ actor, filters: input.filters, page: pageParam.parse(params.page) });
  } catch (error) {
    if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
    limited = error.message;
  }
  const typed = typeof params.q === "string" ? params.q : "";
  const summary = input.errors.map((e) => ({ fieldId: e.field, message: e.message }));

  return (
    <>
      <ErrorSummary errors={summary} />
      <h1 className="govuk-heading-l">People</h1>
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <PersonIndexFilterPanel
            input={input}
            typed={typed}
            npus={npus}
            mayGroups={mayGroups}
            hrefFor={hrefFor}
          />
        </div>
        <div className="moj-filter-layout__content" data-testid="person-results">
          <ForeignSearchNotice foreign={foreign} />
          {limited ? (
            <div className="govuk-inset-text" role="status" data-testid="person-limited">
              {limited}
            </div>
          ) : list.status === "empty" ? (
            <div className="govuk-inset-text" data-testid="person-empty">
              <p className="govuk-body">
                Enter a name, date of birth or nominal id, or choose a filter, to find people.
              </p>
              <p className="govuk-body">
                Every search is recorded with what was searched. Opening a person&apos;s record asks you for
                the reason.
              </p>
            </div>
          ) : (
            <Results list={list} filters={input.filters} hrefFor={hrefFor} />
          )}
        </div>
      </div>
    </>
  );
}

function Results({
  list,
  filters,
  hrefFor,
}: {
  list: Extract<PersonIndex, { status: "done" }>;
  filters: PersonIndexFilters;
  hrefFor: (filters: PersonIndexFilters, page: number) => string;
}) {
  return (
    <>
      <p className="govuk-body" role="status" data-testid="person-results-count">
        {list.total === 0
          ? "No people match. Check the spelling, try a surname alone, or remove a filter."
          : list.totalCapped
            ? `More than ${list.total.toLocaleString("en-GB")} people match${filters.q ? ", closest match first" : ""}. Add a name or another filter to narrow them.`
            : `${list.total.toLocaleString("en-GB")} ${list.total === 1 ? "person matches" : "people match"}${filters.q ? ", closest match first" : ""}.`}
      </p>
      {list.total > 0 ? (
        <>
          <DataTable
            caption="People found"
            columns={["Name", "Born", "NPU", "Nominal id", "Roles on offences"]}
            testId="person-table"
          >
            {list.items.map((p) => (
              <tr className="govuk-table__row" key={p.id}>
                <td className="govuk-table__cell">
                  {/* The record asks for the reason before it shows anything (s.62). */}
                  <Link className="govuk-link" href={`/persons/${p.id}`} data-testid="person-link">
                    {[p.forenames, p.surname].filter(Boolean).join(" ")}
                  </Link>
                </td>
                <td className="govuk-table__cell">{p.bornYear ?? "Not known"}</td>
                <td className="govuk-table__cell">{p.npu ?? "Not known"}</td>
                <td className="govuk-table__cell">{p.nominalId ?? "None"}</td>
                <td className="govuk-table__cell">
                  {p.roles.length === 0
                    ? "None"
                    : p.roles.map((r) => `${PERSON_ROLE_LABELS[r.role]} (${r.count})`).join(", ")}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination list={list} hrefForPage={(page) => hrefFor(filters, page)} label="People pages" />
        </>
      ) : null}
    </>
  );
}
