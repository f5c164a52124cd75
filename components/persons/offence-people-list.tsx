import { OffencePeopleTable, type OffencePerson } from "@/components/persons/offence-people-table";

type Props = {
  offenceId: number;
  people: OffencePerson[];
  youngestVictimAge: number | null;
};

/** Who is already on the offence. Links carry the case as context for the s.62 reason. */
export function OffencePeopleList({ offenceId, people, youngestVictimAge }: Props) {
  if (people.length === 0) return <p className="govuk-body">No one is linked to this offence yet.</p>;
  return (
    <>
      <OffencePeopleTable
        offenceId={offenceId}
        people={people.map((p) => ({ ...p, key: `${p.personId}-${p.role}` }))}
        caption="People on this offence"
        captionSize="m"
        testId="offence-people-step"
      />
      <p className="govuk-body" data-testid="youngest-victim-age">
        Youngest victim&apos;s age on the day: {youngestVictimAge ?? "not known"}
      </p>
    </>
  );
}
