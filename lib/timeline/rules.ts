import { formatDate } from "@/lib/dates/format";
import { outcomeTypeRef } from "@/lib/reference/outcome-types";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";

// Audit rows as sentences a case worker reads on the offence timeline. Pure, so the wording is
// unit-tested. Values are case data shown only to roles that may read the offence.

export type TimelineEntry = {
  /** Stable key for React. */
  key: string;
  at: Date;
  title: string;
  by: string | null;
  lines: string[];
};

const FIELD_LABELS: Record<string, string> = {
  status: "status",
  outcomeCode: "outcome",
  outcomeOn: "outcome date",
  chargedOn: "charge date",
  nextReviewOn: "next review date",
  flaggedForScrutiny: "flagged for scrutiny",
  scrutinyReason: "reason for scrutiny",
  knifeRecovered: "knife recovered",
  oicId: "officer in charge",
};

const EVENT_TITLES: Record<string, string> = {
  "offence.created": "Offence recorded",
  "offence.imported": "Offence imported from RMS",
  "offence.updated": "Offence details changed",
  "investigation.created": "Investigation opened",
  "investigation.updated": "Investigation updated",
  "investigation.reassigned": "Officer in charge changed",
  "investigation.flagged": "Flag for scrutiny changed",
  "investigation.note-added": "Update added",
  "person.linked": "Person linked to the offence",
};

export function eventTitle(event: string): string {
  return EVENT_TITLES[event] ?? "Record changed";
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;

export function formatTimelineValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "string" && ISO_DAY.test(value)) return formatDate(new Date(value));
  if (field === "status" && typeof value === "string")
    return INVESTIGATION_STATUS_LABELS[value as keyof typeof INVESTIGATION_STATUS_LABELS] ?? value;
  if (field === "outcomeCode" && typeof value === "number")
    return `${value} – ${outcomeTypeRef(value)?.description ?? "unknown"}`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One line per changed field: "Status changed from Open to Charged". */
export function changeLines(changes: unknown, options: { names?: Record<string, string> } = {}): string[] {
  const fields = isObject(changes) && isObject(changes.fields) ? changes.fields : {};
  return Object.entries(fields).map(([field, change]) => {
    const pair = isObject(change) ? change : {};
    const label = FIELD_LABELS[field] ?? field;
    const sentence = label.charAt(0).toUpperCase() + label.slice(1);
    const show = (v: unknown) =>
      field === "oicId" && typeof v === "number"
        ? (options.names?.[v] ?? "another officer")
        : formatTimelineValue(field, v);
    if (pair.from === null || pair.from === undefined) return `${sentence} set to ${show(pair.to)}`;
    if (pair.to === null || pair.to === undefined) return `${sentence} removed (was ${show(pair.from)})`;
    return `${sentence} changed from ${show(pair.from)} to ${show(pair.to)}`;
  });
}

/** The author's words for a note, the field changes for everything else. */
export function auditEntryLines(event: string, changes: unknown, names?: Record<string, string>): string[] {
  if (event === "investigation.note-added") {
    const fields = isObject(changes) && isObject(changes.fields) ? changes.fields : {};
    const body = isObject(fields.body) ? fields.body.to : undefined;
    return typeof body === "string" ? [body] : [];
  }
  return changeLines(changes, { names });
}

/** Newest first; facts at the same instant keep their given order. */
export function newestFirst(entries: TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.at.getTime() - a.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
