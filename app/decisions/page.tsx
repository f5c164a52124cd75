import type { Metadata } from "next";
import Link from "next/link";
import { ActionStatusTag } from "@/components/home/status-tags";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { decisionSearchSchema, type DecisionSearch } from "@/lib/decisions/schemas";
import { searchDecisions } from "@/lib/decisions/server/search-decisions";
import { FilterSelect } from "@/components/ui/filter-panel";
import { sealFields } from "@/lib/security/sealed-fields";
import { readSealedFields } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Decision log" };

type Props = { searchParams: SearchParams };

/** A page of the log; the person and words go as `sealed` (the page's token), never plain. */
function hrefFor(search: DecisionSearch, page: number, sealed: string): string {
  const query = new URLSearchParams();
  if (search.meeting) query.set("meeting", String(search.meeting));
  if (search.case) query.set("case", search.case);
  if (search.person) query.set("person", search.person);
  if (search.q) query.set("q", search.q);
  if (page > 1) query.set("page", String(page));
  sealFields(query, "/decisions", sealed);
  const text = query.toString();
  return text ? `/decisions?${text}` : "/decisions";
}

// The search's text boxes; a reference and a name are not words to spell-check.
const TEXT_FIELDS = [
  { id: "case", label: "Case (crime reference)", spellCheck: false },
  { id: "person", label: "Person (name)", spellCheck: false },
  { id: "q", label: "Words in the decision", spellCheck: undefined },
] as const;

// The person's name and the words searched for never stand in the address: the form posts to
// app/search/run, which seals them to the user (lib/security/sealed-fields.ts).
export default async function DecisionsPage({ searchParams }: Props) {
  const actor = await requirePageActor("meetings.read");
  const { params, token } = readSealedFields(actor.id, await searchParams, "/decisions");
  const search = decisionSearchSchema.parse(params);
  const log = await searchDecisions({ actor, search });

  return (
    <>
      <h1 className="govuk-heading-l">Decision log</h1>
      <form
        method="post"
        action="/search/run"
        className="govuk-!-margin-bottom-6"
        data-testid="decision-search"
      >
        <input type="hidden" name="to" value="/decisions" />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="meeting"
              label="Meeting"
              value={search.meeting}
              any="Any meeting"
              fullWidth={false}
              options={log.meetings.map((m) => ({ value: m.id, label: m.title }))}
            />
          </div>
          {TEXT_FIELDS.map(({ id, label, spellCheck }) => (
            <div className="govuk-grid-column-one-quarter" key={id}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-label--s" htmlFor={id}>
                  {label}
                </label>
                <input
                  className="govuk-input"
                  id={id}
                  name={id}
                  type="text"
                  defaultValue={search[id] ?? ""}
                  spellCheck={spellCheck}
                />
              </div>
            </div>
          ))}
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>
      <p className="govuk-body" data-testid="decision-count">
        {log.total === 1 ? "1 decision" : `${log.total.toLocaleString("en-GB")} decisions`}
      </p>
      {log.items.map((d) => (
        <section
          className="govuk-!-margin-bottom-6"
          key={d.id}
          aria-labelledby={`decision-${d.id}`}
          data-testid="decision"
        >
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id={`decision-${d.id}`}>
            {d.text}
          </h2>
          <p className="govuk-body govuk-!-margin-bottom-1">Rationale: {d.rationale}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {d.meeting.title}
            {d.itemTitle ? ` – ${d.itemTitle}` : ""}. Recorded {formatDateTime(d.recordedAt)} by{" "}
            {d.recordedByName}.
            {d.offence ? (
              <>
                {" "}
                Case{" "}
                <Link className="govuk-link" href={`/offences/${d.offence.id}`}>
                  {d.offence.crimeReference}
                </Link>
                .
              </>
            ) : null}
            {d.person ? (
              <>
                {" "}
                Person{" "}
                <Link className="govuk-link" href={`/persons/${d.person.id}`}>
                  {d.person.name}
                </Link>
                .
              </>
            ) : null}
          </p>
          {d.actions.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet">
              {d.actions.map((a) => (
                <li key={a.id}>
                  Action:{" "}
                  <Link className="govuk-link" href={`/actions/${a.id}`}>
                    {a.title}
                  </Link>{" "}
                  ({a.ownerName}) <ActionStatusTag status={a.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body-s">No actions created.</p>
          )}
        </section>
      ))}
      <Pagination list={log} hrefForPage={(p) => hrefFor(search, p, token ?? "")} />
    </>
  );
}
