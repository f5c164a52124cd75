import Link from "next/link";
import { Cell } from "@/components/ui/data-table";

// A crime reference linked to its offence record. Only on homes whose roles read offences (chair,
// analyst, investigator); the record page checks "offences.read" again.

export function CaseLink({ offenceId, crimeReference }: { offenceId: number; crimeReference: string }) {
  return (
    <Link className="govuk-link" href={`/offences/${offenceId}`}>
      {crimeReference}
    </Link>
  );
}

/** For a record that may be linked to a case: the link, or "None". */
export function OptionalCaseLink({ offence }: { offence: { id: number; crimeReference: string } | null }) {
  return offence ? <CaseLink offenceId={offence.id} crimeReference={offence.crimeReference} /> : "None";
}

/** A table cell holding the case's crime reference, linked to its record. */
export function CaseCell({ offenceId, crimeReference }: { offenceId: number; crimeReference: string }) {
  return (
    <Cell>
      <CaseLink offenceId={offenceId} crimeReference={crimeReference} />
    </Cell>
  );
}
