import "server-only";
import { dbDateOf } from "@/lib/dates/day";
import { youngestVictimAge } from "@/lib/offence-persons/victim-age";
import { insertRows } from "@/lib/imports/server/bulk-sql";
import {
  type ApplyStep,
  DATE,
  INVESTIGATION_VALUES,
  OFFENCE_COLUMNS,
  offenceSnapshot,
} from "@/lib/imports/server/import-columns";
import { importedStatus } from "@/lib/imports/imported-status";
import type { CheckedImport } from "@/lib/imports/check-import-files";
import type { OffenceImportRow } from "@/lib/imports/import-rows";

/** Each new offence's id → the persons the file links to it, filled in when the links are written. */
export type CollectedPersons = Map<number, { role: string; personId: number }[]>;

/**
 * The file's new offences, each with its OPEN investigation, and their audit rows. Returns the new
 * offences' ids by crime reference, and the persons list each one's COLLECTION row carries.
 */
export async function applyNewOffences(
  { sql, plan, actor, audit, onProgress }: ApplyStep,
  checked: CheckedImport,
): Promise<{ offenceIds: Map<string, number>; collected: CollectedPersons }> {
  // A new offence's only victims are the file's: its ages are known before it is written.
  const victims = new Map<string, (string | null)[]>();
  for (const p of checked.persons)
    if (p.role === "VICTIM")
      victims.set(p.crimeReference, [...(victims.get(p.crimeReference) ?? []), p.dateOfBirth]);
  const offenceIds = new Map<string, number>();

  const created = await insertRows<{ id: number; crimeReference: string }>(
    sql,
    "Offence",
    OFFENCE_COLUMNS,
    plan.newOffences.map((r) => [
      r.crimeReference,
      r.offenceCode,
      r.knifeUsed,
      r.occurredOn,
      r.recordedOn,
      r.npuId,
      r.hotspotId,
      r.latitude,
      r.longitude,
      r.summary ?? "",
      r.knifeRecovered ?? false,
      r.domesticAbuse ?? false,
      r.reportedVictimAge,
      newOffenceAge(r, victims),
    ]),
    {
      extra: { source: `'IMPORT'::"RecordSource"`, updatedAt: "now()" },
      returning: `id, "crimeReference"`,
      onBatch: onProgress,
    },
  );
  for (const c of created) offenceIds.set(c.crimeReference, c.id);
  const createdRows = plan.newOffences.map((r) => ({ row: r, id: offenceIds.get(r.crimeReference)! }));
  const investigations = await insertRows<{ id: number; offenceId: number }>(
    sql,
    "Investigation",
    [{ name: "offenceId", type: "int" }, ...INVESTIGATION_VALUES],
    createdRows.map(({ row, id }) => [
      id,
      row.outcomeCode,
      DATE(row.outcomeOn),
      row.oicId,
      importedStatus(null, row.outcomeCode),
    ]),
    { extra: { updatedAt: "now()" }, returning: `id, "offenceId"` },
  );
  // One COLLECTION row per new offence records it, its investigation and (below) the persons the
  // file links to it: one record collected, one row, so a 100,000-row import stays inside a minute.
  const investigationOf = new Map(investigations.map((i) => [i.offenceId, i.id]));
  const collected = new Map<number, { role: string; personId: number }[]>();
  for (const { row, id } of createdRows) {
    const persons: { role: string; personId: number }[] = [];
    collected.set(id, persons);
    audit.push({
      event: "offence.imported",
      actor,
      entity: { type: "offence", id },
      after: {
        crimeReference: row.crimeReference,
        ...offenceSnapshot(row, [
          "offenceCode",
          "knifeUsed",
          "occurredOn",
          "recordedOn",
          "npuId",
          "hotspotId",
          "latitude",
          "longitude",
          "summary",
          "knifeRecovered",
          "domesticAbuse",
          "reportedVictimAge",
        ]),
        investigation: {
          id: investigationOf.get(id)!,
          status: importedStatus(null, row.outcomeCode),
          outcomeCode: row.outcomeCode ?? null,
          outcomeOn: row.outcomeOn ?? null,
          oicId: row.oicId ?? null,
        },
      },
      detail: { persons },
    });
  }
  return { offenceIds, collected };
}

function newOffenceAge(row: OffenceImportRow, victims: Map<string, (string | null)[]>): number | null {
  const dates = (victims.get(row.crimeReference) ?? []).map((d) => ({ dateOfBirth: d ? dbDateOf(d) : null }));
  return youngestVictimAge({
    occurredOn: dbDateOf(row.occurredOn),
    victims: dates,
    reportedVictimAge: row.reportedVictimAge ?? null,
  });
}
