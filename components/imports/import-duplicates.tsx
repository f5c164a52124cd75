import Link from "next/link";
import { formatDate } from "@/lib/dates/format";
import type { ImportedPerson } from "@/lib/imports/types";
import type { PersonMatch } from "@/lib/persons/types";
import { Cell, DataTable } from "@/components/ui/data-table";

function born(date: Date | null): string {
  return date ? `born ${formatDate(date)}` : "date of birth not known";
}

function Match({ personId, match, mayMerge }: { personId: number; match: PersonMatch; mayMerge: boolean }) {
  const facts = [
    born(match.dateOfBirth),
    match.npu,
    `${match.offenceCount} ${match.offenceCount === 1 ? "offence" : "offences"}`,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <li>
      {match.surname.toUpperCase()}, {match.forenames} ({facts})
      {match.sameDateOfBirth ? (
        <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Same date of birth</strong>
      ) : null}
      {mayMerge ? (
        <>
          {" "}
          <Link className="govuk-link" href={`/persons/merge?a=${personId}&b=${match.id}`}>
            Compare and merge<span className="govuk-visually-hidden"> with record {match.id}</span>
          </Link>
        </>
      ) : null}
    </li>
  );
}

/**
 * The persons an import created, each with the recorded persons the find-before-create rules
 * propose as the same person, and a link to compare and merge each pair.
 */
export function ImportDuplicates({
  persons,
  total,
  mayMerge,
}: {
  persons: ImportedPerson[];
  total: number;
  mayMerge: boolean;
}) {
  const withMatches = persons.filter((p) => p.matches.length > 0).length;
  return (
    <DataTable
      caption={
        <>
          New persons to check for duplicates ({total.toLocaleString("en-GB")})
          <span className="govuk-caption-m">
            {withMatches} of the {persons.length} on this page may already be recorded under another nominal
            id
          </span>
        </>
      }
      captionSize="m"
      testId="import-duplicates"
      columns={["Imported person", "Recorded persons who may be the same"]}
    >
      {persons.map((p) => (
        <tr className="govuk-table__row" key={p.id}>
          <Cell>
            <Link className="govuk-link" href={`/persons/${p.id}`}>
              {p.name}
            </Link>
            <br />
            <span className="govuk-body-s">{born(p.dateOfBirth)}</span>
          </Cell>
          <Cell>
            {p.matches.length === 0 ? (
              "No likely match"
            ) : (
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {p.matches.map((m) => (
                  <Match key={m.id} personId={p.id} match={m} mayMerge={mayMerge} />
                ))}
              </ul>
            )}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
