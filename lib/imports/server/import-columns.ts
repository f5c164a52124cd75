import "server-only";
import type { AuditActor, AuditEventInput } from "@/lib/audit/events";
import type { Column, Sql } from "@/lib/imports/server/bulk-sql";
import type { ImportPlan, OffenceState } from "@/lib/imports/server/plan-import";
import type { OffenceImportRow } from "@/lib/imports/import-rows";

// The columns an import writes to an offence and its investigation, new or changed, and what the
// audit row records of them: one list for the inserts and the updates (apply-new-offences.ts,
// apply-offence-changes.ts).

/** What each step of applying a plan works with: the audit rows are pushed onto `audit`, written last. */
export type ApplyStep = {
  sql: Sql;
  plan: ImportPlan;
  actor: AuditActor;
  audit: AuditEventInput[];
  onProgress: (rows: number) => Promise<void>;
};

export const DATE = (v: string | null | undefined) => v ?? null;

export const OFFENCE_COLUMNS: Column[] = [
  { name: "crimeReference", type: "text" },
  { name: "offenceCode", type: "text" },
  { name: "knifeUsed", type: "boolean" },
  { name: "occurredOn", type: "date" },
  { name: "recordedOn", type: "date" },
  { name: "npuId", type: "int" },
  { name: "hotspotId", type: "int" },
  { name: "latitude", type: "float8" },
  { name: "longitude", type: "float8" },
  { name: "summary", type: "text" },
  { name: "knifeRecovered", type: "boolean" },
  { name: "domesticAbuse", type: "boolean" },
  { name: "reportedVictimAge", type: "int" },
  { name: "youngestVictimAge", type: "int" },
];

// The values an import writes to an investigation, new or changed (in this order).
export const INVESTIGATION_VALUES: Column[] = [
  { name: "outcomeCode", type: "int" },
  { name: "outcomeOn", type: "date" },
  { name: "oicId", type: "int" },
  { name: "status", type: "text", cast: `"InvestigationStatus"` },
];

/** What the audit row records of an offence (the database's own values, dates as days). */
export function offenceSnapshot(
  row: OffenceImportRow | OffenceState,
  fields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f] ?? null]));
}
