import "server-only";
import { updateRows } from "@/lib/imports/server/bulk-sql";
import {
  type ApplyStep,
  INVESTIGATION_VALUES,
  OFFENCE_COLUMNS,
  offenceSnapshot,
} from "@/lib/imports/server/import-columns";
import { OFFENCE_FIELDS } from "@/lib/imports/server/plan-import";

type OffenceField = (typeof OFFENCE_FIELDS)[number];

/**
 * The file's changed offences and investigations (version + 1, so an analyst's open edit form gets
 * CONFLICT), and their ALTERATION audit rows (pushed onto `audit`).
 */
export async function applyOffenceChanges({ sql, plan, actor, audit, onProgress }: ApplyStep): Promise<void> {
  // Changed offences: only the columns the file has, and only rows where one of them differs.
  const offenceChanges = plan.changedOffences.filter((c) => c.offence.length > 0);
  // Every row of a file has the same columns: the first change says which the file carries.
  const present = OFFENCE_COLUMNS.filter(
    (c) =>
      (OFFENCE_FIELDS as readonly string[]).includes(c.name) &&
      offenceChanges[0]?.row[c.name as OffenceField] !== undefined,
  );
  if (offenceChanges.length > 0) {
    await updateRows(
      sql,
      "Offence",
      [{ name: "id", type: "int" }, ...present],
      offenceChanges.map((c) => [c.before.id, ...present.map((p) => c.row[p.name as OffenceField])]),
      { extraSet: `version = x.version + 1, "updatedAt" = now()`, onBatch: onProgress },
    );
  }
  const investigationChanges = plan.changedOffences.filter(
    (c) => c.investigation.length > 0 && c.before.investigationId !== null,
  );
  if (investigationChanges.length > 0) {
    await updateRows(
      sql,
      "Investigation",
      [{ name: "id", type: "int" }, ...INVESTIGATION_VALUES],
      investigationChanges.map((c) => [
        c.before.investigationId,
        c.row.outcomeCode === undefined ? c.before.outcomeCode : c.row.outcomeCode,
        c.row.outcomeOn === undefined ? c.before.outcomeOn : c.row.outcomeOn,
        c.row.oicId === undefined ? c.before.oicId : c.row.oicId,
        c.status,
      ]),
      { extraSet: `version = x.version + 1, "updatedAt" = now()` },
    );
  }
  for (const c of plan.changedOffences) {
    if (c.offence.length > 0) {
      audit.push({
        event: "offence.updated",
        actor,
        entity: { type: "offence", id: c.before.id },
        before: offenceSnapshot(c.before, c.offence),
        after: offenceSnapshot(c.row, c.offence),
      });
    }
    if (c.investigation.length > 0 && c.before.investigationId !== null) {
      const after = { ...c.row, status: c.status };
      audit.push({
        event: "investigation.updated",
        actor,
        entity: { type: "investigation", id: c.before.investigationId },
        before: offenceSnapshot(c.before, c.investigation),
        after: offenceSnapshot(after, c.investigation),
      });
    }
  }
}
