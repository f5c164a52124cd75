import Link from "next/link";
import { Cell, DataTable } from "@/components/ui/data-table";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import type { PersonRole } from "@/lib/enums";

export type OffencePerson = { personId: number; name: string; role: PersonRole; ageAtTime: number | null };

/**
 * The people on an offence (the record's People section and the add-people step). Links carry
 * the case as context for the s.62 reason.
 */
export function OffencePeopleTable({
  offenceId,
  people,
  caption,
  captionSize,
  testId,
}: {
  offenceId: number;
  people: (OffencePerson & { key: string | number })[];
  caption: string;
  captionSize?: "m";
  testId: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionSize={captionSize}
      testId={testId}
      columns={["Name", "Role", { label: "Age at the time", numeric: true }]}
    >
      {people.map((p) => (
        <tr className="govuk-table__row" key={p.key}>
          <Cell>
            <Link className="govuk-link" href={`/persons/${p.personId}?context=offence:${offenceId}`}>
              {p.name}
            </Link>
          </Cell>
          <Cell>{PERSON_ROLE_LABELS[p.role]}</Cell>
          <Cell numeric>{p.ageAtTime ?? "Not known"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
