import type { KnifeOffencesSinceLastMeeting, RecentKnifeOffence } from "@/lib/offences/types";
import { formatDate, formatInstantDate } from "@/lib/dates/format";
import { CaseLink } from "@/components/home/case-link";
import { countOf, HomeSection, HomeTable, type Column } from "@/components/home/home-section";

// New knife-used offences with an under-25 victim since the last meeting: what the next pack must
// cover (analyst home).

const columns: Column<RecentKnifeOffence>[] = [
  { header: "Crime reference", cell: (o) => <CaseLink offenceId={o.id} crimeReference={o.crimeReference} /> },
  { header: "Offence", cell: (o) => o.offenceDescription },
  { header: "Recorded", cell: (o) => formatDate(o.recordedOn) },
  { header: "NPU", cell: (o) => o.npuName },
  { header: "Youngest victim's age", cell: (o) => o.youngestVictimAge ?? "Not known", numeric: true },
];

export function RecentKnifeOffences({ offences }: { offences: KnifeOffencesSinceLastMeeting }) {
  const { lastMeeting } = offences;
  return (
    <HomeSection id="knife-offences" title="Knife used, victim under 25, since the last meeting">
      {!lastMeeting ? (
        <p className="govuk-body" data-testid="knife-offences-empty">
          No meeting has closed yet, so there is no last meeting to count from.
        </p>
      ) : offences.total === 0 ? (
        <p className="govuk-body" data-testid="knife-offences-empty">
          None recorded since the last meeting on {formatInstantDate(lastMeeting.heldAt)}.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="knife-offences-count">
            {countOf(offences.total, "offence", "offences")} recorded since the last meeting on{" "}
            {formatInstantDate(lastMeeting.heldAt)}.
            {offences.items.length < offences.total
              ? ` Showing the ${offences.items.length} most recently recorded.`
              : ""}
          </p>
          <HomeTable
            caption="Knife used, victim under 25, since the last meeting"
            columns={columns}
            rows={offences.items}
          />
        </>
      )}
    </HomeSection>
  );
}
