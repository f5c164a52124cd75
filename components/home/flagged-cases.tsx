import type { FlaggedInvestigation, FlaggedInvestigations } from "@/lib/investigations/types";
import { formatInstantDate } from "@/lib/dates/format";
import { CaseLink } from "@/components/home/case-link";
import { countOf, HomeSection, HomeTable, type Column } from "@/components/home/home-section";

// Cases investigators or the chair flagged for the forum's scrutiny (chair home).

const columns: Column<FlaggedInvestigation>[] = [
  {
    header: "Crime reference",
    cell: (c) => <CaseLink offenceId={c.offenceId} crimeReference={c.crimeReference} />,
  },
  { header: "Offence", cell: (c) => c.offenceDescription },
  { header: "Reason for scrutiny", cell: (c) => c.scrutinyReason || "No reason given" },
  { header: "Officer in charge", cell: (c) => c.oicName ?? "Not assigned" },
  { header: "Flagged", cell: (c) => (c.flaggedAt ? formatInstantDate(c.flaggedAt) : "Not known") },
];

export function FlaggedCases({ flagged }: { flagged: FlaggedInvestigations }) {
  return (
    <HomeSection id="flagged-cases" title="Cases flagged for scrutiny">
      {flagged.total === 0 ? (
        <p className="govuk-body" data-testid="flagged-cases-empty">
          No cases are flagged for scrutiny.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="flagged-cases-count">
            {countOf(flagged.total, "case is", "cases are")} flagged for scrutiny and not yet finalised.
            {flagged.items.length < flagged.total
              ? ` Showing the ${flagged.items.length} most recently flagged.`
              : ""}
          </p>
          <HomeTable caption="Cases flagged for scrutiny" columns={columns} rows={flagged.items} />
        </>
      )}
    </HomeSection>
  );
}
