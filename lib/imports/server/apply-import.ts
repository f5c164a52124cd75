import "server-only";
import type { AuditActor, AuditEventInput } from "@/lib/audit/events";
import { dbDateOf } from "@/lib/dates/day";
import { ageAtTime, youngestVictimAge } from "@/lib/offence-persons/victim-age";
import {
  insertAuditRows,
  insertRows,
  updateRows,
  type Column,
  type Sql,
} from "@/lib/imports/server/bulk-sql";
import {
  OFFENCE_FIELDS,
  personIdOf,
  type ImportPlan,
  type OffenceState,
} from "@/lib/imports/server/plan-import";
import { recomputeImportedAges } from "@/lib/imports/server/recompute-imported-ages";
import { importedStatus } from "@/lib/imports/imported-status";
import type { CheckedImport } from "@/lib/imports/check-import-files";
import type { OffenceImportRow, PersonImportRow } from "@/lib/imports/import-rows";

// Applies a plan inside the caller's transaction: new offences (each with its OPEN investigation),
// changed offences and investigations (version + 1, so an analyst's open edit form gets CONFLICT),
// persons matched on their RMS nominal id, links, the derived ages, and one audit row per record
// collected or altered (source "import"). Everything is set-based; see bulk-sql.ts.

const DATE = (v: string | null | undefined) => v ?? null;
type OffenceField = (typeof OFFENCE_FIELDS)[number];

const OFFENCE_COLUMNS: Column[] = [
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

// The values an import writes to an investigation and a person, new or changed (in this order).
const INVESTIGATION_VALUES: Column[] = [
  { name: "outcomeCode", type: "int" },
  { name: "outcomeOn", type: "date" },
  { name: "oicId", type: "int" },
  { name: "status", type: "text", cast: `"InvestigationStatus"` },
];
const PERSON_VALUES: Column[] = [
  { name: "surname", type: "text" },
  { name: "forenames", type: "text" },
  { name: "dateOfBirth", type: "date" },
  { name: "gender", type: "text", cast: `"Gender"` },
];

/** What the audit row records of an offence (the database's own values, dates as days). */
function offenceSnapshot(
  row: OffenceImportRow | OffenceState,
  fields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f] ?? null]));
}

export async function applyImport({
  sql,
  runId,
  plan,
  checked,
  actor,
  onProgress,
}: {
  sql: Sql;
  runId: number;
  plan: ImportPlan;
  checked: CheckedImport;
  actor: AuditActor;
  onProgress: (rows: number) => Promise<void>;
}): Promise<void> {
  const audit: AuditEventInput[] = [];
  // A new offence's only victims are the file's: its ages are known before it is written.
  const victims = new Map<string, (string | null)[]>();
  for (const p of checked.persons)
    if (p.role === "VICTIM")
      victims.set(p.crimeReference, [...(victims.get(p.crimeReference) ?? []), p.dateOfBirth]);
  const offenceIds = new Map<string, number>([...plan.existingOffences].map(([ref, o]) => [ref, o.id]));

  // New offences and their investigations.
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
  await onProgress(plan.unchangedOffences);

  const occurredOn = new Map<string, string>(
    [...plan.existingOffences].map(([ref, o]) => [ref, String(o.occurredOn)]),
  );
  for (const c of plan.changedOffences) occurredOn.set(c.row.crimeReference, c.row.occurredOn);
  for (const r of plan.newOffences) occurredOn.set(r.crimeReference, r.occurredOn);
  const personIds = await applyPersons(sql, runId, plan, actor, audit);
  const links = await insertRows<{ id: number; offenceId: number; personId: number; role: string }>(
    sql,
    "OffencePerson",
    [
      { name: "offenceId", type: "int" },
      { name: "personId", type: "int" },
      { name: "role", type: "text", cast: `"PersonRole"` },
      { name: "ageAtTime", type: "int" },
    ],
    checked.persons.map((p) => [
      offenceIds.get(p.crimeReference),
      personIds.get(p.personRef),
      p.role,
      linkAge(p, occurredOn.get(p.crimeReference)),
    ]),
    {
      onConflict: `ON CONFLICT ("offenceId", "personId", role) DO NOTHING`,
      returning: `id, "offenceId", "personId", role::text AS role`,
      onBatch: onProgress,
    },
  );
  for (const l of links) {
    const offenceCollected = collected.get(l.offenceId);
    if (offenceCollected) offenceCollected.push({ role: l.role, personId: l.personId });
    else
      audit.push({
        event: "person.linked",
        actor,
        entity: { type: "person", id: l.personId },
        detail: { offenceId: l.offenceId, role: l.role, linkId: l.id },
      });
  }

  // New offences already have their ages; recorded ones may have other victims, so recompute those.
  const createdIds = new Set(createdRows.map((c) => c.id));
  const touched = new Set<number>([
    ...plan.changedOffences.map((c) => c.before.id),
    ...links.map((l) => l.offenceId).filter((id) => !createdIds.has(id)),
  ]);
  const changedRefs = new Set(plan.changedPersons.map((c) => c.row.personRef));
  if (changedRefs.size > 0) {
    // A changed date of birth moves the ages of every offence the person is linked to.
    const { rows } = await sql.query<{ offenceId: number }>(
      `SELECT DISTINCT "offenceId" FROM "OffencePerson" WHERE "personId" = ANY($1::int[])`,
      [plan.changedPersons.map((c) => personIdOf(c.before))],
    );
    for (const r of rows) touched.add(r.offenceId);
  }
  await recomputeImportedAges(sql, [...touched]);
  await insertAuditRows(sql, audit);
}

function newOffenceAge(row: OffenceImportRow, victims: Map<string, (string | null)[]>): number | null {
  const dates = (victims.get(row.crimeReference) ?? []).map((d) => ({ dateOfBirth: d ? dbDateOf(d) : null }));
  return youngestVictimAge({
    occurredOn: dbDateOf(row.occurredOn),
    victims: dates,
    reportedVictimAge: row.reportedVictimAge ?? null,
  });
}

function linkAge(person: PersonImportRow, occurredOn: string | undefined): number | null {
  return occurredOn
    ? ageAtTime(person.dateOfBirth ? dbDateOf(person.dateOfBirth) : null, dbDateOf(occurredOn))
    : null;
}

async function applyPersons(
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
