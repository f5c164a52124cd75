import Link from "next/link";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import type { PersonRole } from "@/lib/enums";

type Props = {
  offenceId: number;
  people: { personId: number; name: string; role: PersonRole; ageAtTime: number | null }[];
  youngestVictimAge: number | null;
};

/** Who is already on the offence. Links carry the case as context for the s.62 reason. */
export function OffencePeopleList({ offenceId, people, youngestVictimAge }: Props) {
  if (people.length === 0) return <p className="govuk-body">No one is linked to this offence yet.</p>;
  return (
    <>
      <table className="govuk-table" data-testid="offence-people-step">
        <caption className="govuk-table__caption govuk-table__caption--m">People on this offence</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Age at the time
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.map((p) => (
            <tr className="govuk-table__row" key={`${p.personId}-${p.role}`}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/persons/${p.personId}?context=offence:${offenceId}`}>
                  {p.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{PERSON_ROLE_LABELS[p.role]}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{p.ageAtTime ?? "Not known"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body" data-testid="youngest-victim-age">
        Youngest victim&apos;s age on the day: {youngestVictimAge ?? "not known"}
      </p>
    </>
  );
}
