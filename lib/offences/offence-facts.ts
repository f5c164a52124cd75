import { formatDate } from "@/lib/dates/format";
import type { OffenceSummary } from "@/lib/offences/types";

// The facts an officer checks first about an offence, in one order and one wording: the record's
// header and the printed case summary. Client-safe.

const yesNo = (value: boolean | null) => (value === null ? "Not known" : value ? "Yes" : "No");

/** Where its point places it (issue 17), and the recorded hotspot code where that disagrees. */
function hotspotFact(s: OffenceSummary): string {
  const placed = s.hotspotName ?? (s.located ? "Not in a hotspot" : "Unplaced (no location)");
  return s.recordedHotspotCode
    ? `${placed} (flagged: recorded as ${s.recordedHotspotCode} in the records system)`
    : placed;
}

export function offenceFactRows(summary: OffenceSummary): [label: string, value: string][] {
  return [
    ["Occurred", formatDate(summary.occurredOn)],
    ["Recorded", formatDate(summary.recordedOn)],
    ["NPU", summary.npuName],
    ["Hotspot", hotspotFact(summary)],
    ["Knife used", yesNo(summary.knifeUsed)],
    ["Domestic abuse", yesNo(summary.domesticAbuse)],
    ["Victim under 25", yesNo(summary.underTwentyFive)],
  ];
}
