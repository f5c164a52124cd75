import "server-only";
import type { AuditActor, AuditEventInput } from "@/lib/audit/events";
import { dbDateOf } from "@/lib/dates/day";
import { insertRows, updateRows, type Column, type Sql } from "@/lib/imports/server/bulk-sql";
import { DATE } from "@/lib/imports/server/import-columns";
import { personIdOf, type ImportPlan } from "@/lib/imports/server/plan-import";
import type { PersonImportRow } from "@/lib/imports/import-rows";

// The values an import writes to a person, new or changed (in this order).
const PERSON_VALUES: Column[] = [
  { name: "surname", type: "text" },
  { name: "forenames", type: "text" },
  { name: "dateOfBirth", type: "date" },
  { name: "gender", type: "text", cast: `"Gender"` },
];

/**
 * The file's persons, matched on their RMS nominal id: new ones created (offered for merge on the
 * run's page), changed ones updated, with their audit rows (pushed onto `audit`). Returns every
 * person's id by nominal id.
 */
export async function applyImportPersons(
  sql: Sql,
  runId: number,
  plan: ImportPlan,
  actor: AuditActor,
  audit: AuditEventInput[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>([...plan.existingPersons].map(([ref, p]) => [ref, personIdOf(p)]));
  const values = (p: PersonImportRow) => [p.surname, p.forenames, DATE(p.dateOfBirth), p.gender];
  const created = await insertRows<{ id: number; rmsRef: string }>(
    sql,
    "Person",
    [
      { name: "rmsRef", type: "text" },
      ...PERSON_VALUES,
      // The run's page offers these new records for merge with recorded ones (find-before-create).
      { name: "importRunId", type: "int" },
    ],
    plan.newPersons.map((p) => [p.personRef, ...values(p), runId]),
    { extra: { source: `'IMPORT'::"RecordSource"`, updatedAt: "now()" }, returning: `id, "rmsRef"` },
  );
  for (const c of created) ids.set(c.rmsRef, c.id);
  for (const p of plan.newPersons) {
    const snapshot = {
      rmsRef: p.personRef,
      surname: p.surname,
      forenames: p.forenames,
      dateOfBirth: p.dateOfBirth ? dbDateOf(p.dateOfBirth) : null,
      gender: p.gender,
    };
    audit.push({
      event: "person.created",
      actor,
      entity: { type: "person", id: ids.get(p.personRef)! },
      after: snapshot,
    });
  }
  await updateRows(
    sql,
    "Person",
    [{ name: "id", type: "int" }, ...PERSON_VALUES],
    plan.changedPersons.map((c) => [c.before.id, ...values(c.row)]),
    { extraSet: `version = x.version + 1, "updatedAt" = now()` },
  );
  for (const c of plan.changedPersons) {
    const pick = (from: Record<string, unknown>) =>
      Object.fromEntries(c.fields.map((f) => [f, from[f] ?? null]));
    audit.push({
      event: "person.updated",
      actor,
      entity: { type: "person", id: c.before.id },
      before: pick(c.before),
      after: pick(c.row),
    });
  }
  return ids;
}
