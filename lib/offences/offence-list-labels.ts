import type { TagColour } from "@/components/ui/tag";
import type { OffenceListRow } from "@/lib/offences/offence-list-dto";
import type { OffenceColumn } from "@/lib/offences/list-link";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";

// Words the offence list shows, in a plain module: server components (the filter panel) cannot
// read non-component exports of a "use client" file (they arrive as client references).

export const STATUS_LABELS: Record<
  NonNullable<OffenceListRow["status"]>,
  { text: string; colour: TagColour }
> = {
  OPEN: { text: INVESTIGATION_STATUS_LABELS.OPEN, colour: "blue" },
  PENDING_SUSPECT: { text: INVESTIGATION_STATUS_LABELS.PENDING_SUSPECT, colour: "yellow" },
  CHARGED: { text: INVESTIGATION_STATUS_LABELS.CHARGED, colour: "green" },
  FINALISED: { text: INVESTIGATION_STATUS_LABELS.FINALISED, colour: "grey" },
};

export const COLUMN_LABELS: Record<OffenceColumn | "reference", string> = {
  reference: "Crime reference",
  recorded: "Recorded",
  offence: "Offence",
  npu: "NPU",
  hotspot: "Hotspot",
  knife: "Knife used",
  u25: "Victim under 25",
  status: "Status",
  outcome: "Outcome",
  oic: "Officer in charge",
  review: "Next review",
  flagged: "Flagged",
};
