import type { InvestigationStatus } from "@/lib/enums";
import { formatDate } from "@/lib/dates/format";
import { outcomeTypeRef } from "@/lib/reference/outcome-types";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";

// What a refused second editor is told (optimistic concurrency): for each field where what they
// typed differs from what is now saved, both values. Pure, so the wording is unit-tested; the data
// function adds who saved and when from the audit log.

export type ComparableInvestigation = {
  status: InvestigationStatus;
  outcomeCode: number | null;
  outcomeOn: Date | null;
  chargedOn: Date | null;
  nextReviewOn: Date | null;
  knifeRecovered: boolean;
  flagged: boolean;
  scrutinyReason: string | null;
};

const LABELS: Record<keyof ComparableInvestigation, string> = {
  status: "Status",
  outcomeCode: "Outcome",
  outcomeOn: "Outcome date",
  chargedOn: "Charge date",
  nextReviewOn: "Next review date",
  knifeRecovered: "Knife recovered",
  flagged: "Flagged for scrutiny",
  scrutinyReason: "Reason for scrutiny",
};

export function formatInvestigationValue(field: keyof ComparableInvestigation, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (value instanceof Date) return formatDate(value);
  if (field === "status") return INVESTIGATION_STATUS_LABELS[value as InvestigationStatus];
  if (field === "outcomeCode")
    return `${String(value)} – ${outcomeTypeRef(Number(value))?.description ?? "unknown"}`;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

function key(value: unknown): string {
  return value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null);
}

/** Field → one message, for every field where the editor's value is not the saved one. */
export function conflictFieldErrors(
  mine: ComparableInvestigation,
  saved: ComparableInvestigation,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const field of Object.keys(LABELS) as (keyof ComparableInvestigation)[]) {
    // An unflagged case has no reason, whatever was left in the box.
    if (field === "scrutinyReason" && !mine.flagged && !saved.flagged) continue;
    if (key(mine[field]) === key(saved[field])) continue;
    out[field] = [
      `${LABELS[field]} was changed: you entered “${formatInvestigationValue(field, mine[field])}”, the saved value is “${formatInvestigationValue(field, saved[field])}”`,
    ];
  }
  return out;
}

/** The form-level message: who saved, when, and that nothing the editor typed was lost. */
export function conflictSummary(
  savedBy: { label: string; at: string } | null,
  changedFields: number,
): string {
  const who = savedBy
    ? `${savedBy.label} saved this investigation at ${savedBy.at}`
    : "Someone else saved this investigation";
  const what =
    changedFields === 0
      ? "Your values match theirs."
      : `${changedFields === 1 ? "1 field differs" : `${changedFields} fields differ`} from what you entered.`;
  return `${who} while you were editing it. ${what} Your values are still in the form: check them and save again to keep them.`;
}
