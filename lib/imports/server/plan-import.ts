import "server-only";
import { BATCH, type Sql } from "@/lib/imports/server/bulk-sql";
import { rejectOrphanPersons, type CheckedImport } from "@/lib/imports/check-import-files";
import type { OffenceImportRow, PersonImportRow } from "@/lib/imports/import-rows";
import type { ImportFileKind } from "@/lib/imports/columns";
import { importedStatus } from "@/lib/imports/imported-status";
import type { InvestigationStatus } from "@/lib/generated/prisma/enums";

// Compares the checked rows with what the database holds, a batch of references per query:
// each offence and person is new, changed (which fields) or unchanged. The same plan is the dry
// run's counts and, made again inside the writing transaction, what the writer applies.

/** Offence fields the extract carries, as the database holds them (dates as YYYY-MM-DD text). */
export const OFFENCE_FIELDS = [
  "recordedOn",
  "occurredOn",
  "offenceCode",
  "knifeUsed",
  "npuId",
  "hotspotId",
  "latitude",
  "longitude",
  "reportedVictimAge",
  "knifeRecovered",
  "domesticAbuse",
  "summary",
] as const;
export const INVESTIGATION_FIELDS = ["outcomeCode", "outcomeOn", "oicId"] as const;
export const PERSON_FIELDS = ["surname", "forenames", "dateOfBirth", "gender"] as const;

type OffenceField = (typeof OFFENCE_FIELDS)[number];
/** The file's investigation fields, and the status they imply (imported-status.ts). */
type InvestigationField = (typeof INVESTIGATION_FIELDS)[number] | "status";

export type OffenceState = {
  id: number;
  crimeReference: string;
  investigationId: number | null;
  status: InvestigationStatus | null;
} & Record<(typeof INVESTIGATION_FIELDS)[number] | OffenceField, unknown>;
export type PersonState = { id: number; rmsRef: string; mergedIntoId: number | null } & Record<
  (typeof PERSON_FIELDS)[number],
  unknown
>;

export type OffenceChange = {
  row: OffenceImportRow;
  before: OffenceState;
  offence: OffenceField[];
  investigation: InvestigationField[];
  status: InvestigationStatus | null;
};
export type PersonChange = {
  row: PersonImportRow;
  before: PersonState;
  fields: (typeof PERSON_FIELDS)[number][];
};

export type ImportPlan = {
  newOffences: OffenceImportRow[];
  changedOffences: OffenceChange[];
  unchangedOffences: number;
  /** One row per nominal id (its first row in the file). */
  newPersons: PersonImportRow[];
  changedPersons: PersonChange[];
  unchangedPersons: number;
  existingOffences: Map<string, OffenceState>;
  existingPersons: Map<string, PersonState>;
  newLinks: number;
  unchangedLinks: number;
};

export type ImportCounts = {
  offences: { new: number; changed: number; unchanged: number; invalid: number };
  persons: { new: number; changed: number; unchanged: number; invalid: number };
  links: { new: number; unchanged: number };
  problems: number;
  /** Files that could not be read at all: such an upload can only be fixed and sent again. */
  unreadable: ImportFileKind[];
};

export function countsOf(plan: ImportPlan, checked: CheckedImport): ImportCounts {
  return {
    offences: {
      new: plan.newOffences.length,
      changed: plan.changedOffences.length,
      unchanged: plan.unchangedOffences,
      invalid: checked.rejected.offences.size,
    },
    persons: {
      new: plan.newPersons.length,
      changed: plan.changedPersons.length,
      unchanged: plan.unchangedPersons,
      invalid: checked.rejected.persons.size,
    },
    links: { new: plan.newLinks, unchanged: plan.unchangedLinks },
    problems: checked.problems.length,
    unreadable: checked.unreadable,
  };
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

async function inBatches<R>(keys: string[], load: (batch: string[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < keys.length; start += BATCH)
    out.push(...(await load(keys.slice(start, start + BATCH))));
  return out;
}

export async function loadOffenceStates(sql: Sql, references: string[]): Promise<Map<string, OffenceState>> {
  const rows = await inBatches(
    references,
    async (batch) =>
      (
        await sql.query<OffenceState>(
          `SELECT o.id, o."crimeReference", o."recordedOn"::text AS "recordedOn", o."occurredOn"::text AS "occurredOn", o."offenceCode",
           o."knifeUsed", o."npuId", o."hotspotId", o.latitude, o.longitude, o."reportedVictimAge", o."knifeRecovered", o."domesticAbuse", o.summary,
           i.id AS "investigationId", i.status::text AS status, i."outcomeCode", i."outcomeOn"::text AS "outcomeOn", i."oicId"
         FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id
         WHERE o."crimeReference" = ANY($1::text[])`,
          [batch],
        )
      ).rows,
  );
  return new Map(rows.map((r) => [r.crimeReference, r]));
}

async function loadPersonStates(sql: Sql, refs: string[]): Promise<Map<string, PersonState>> {
  const rows = await inBatches(
    refs,
    async (batch) =>
      (
        await sql.query<PersonState>(
          `SELECT id, "rmsRef", surname, forenames, "dateOfBirth"::text AS "dateOfBirth", gender::text AS gender, "mergedIntoId"
         FROM "Person" WHERE "rmsRef" = ANY($1::text[])`,
          [batch],
        )
      ).rows,
  );
  return new Map(rows.map((r) => [r.rmsRef, r]));
}

/** Plans the import; persons whose offence is neither valid in the file nor recorded are rejected. */
export async function planImport(sql: Sql, checked: CheckedImport): Promise<ImportPlan> {
  const references = [
    ...new Set([
      ...checked.offences.map((o) => o.crimeReference),
      ...checked.persons.map((p) => p.crimeReference),
    ]),
  ];
  const existingOffences = await loadOffenceStates(sql, references);
  rejectOrphanPersons(checked, new Set(existingOffences.keys()));

  const plan: ImportPlan = {
    newOffences: [],
    changedOffences: [],
    unchangedOffences: 0,
    newPersons: [],
    changedPersons: [],
    unchangedPersons: 0,
    existingOffences,
    existingPersons: new Map(),
    newLinks: 0,
    unchangedLinks: 0,
  };
  for (const row of checked.offences) {
    const before = existingOffences.get(row.crimeReference);
    if (!before) {
      plan.newOffences.push(row);
      continue;
    }
    const offence = OFFENCE_FIELDS.filter((f) => row[f] !== undefined && !same(row[f], before[f]));
    const investigation: InvestigationField[] = INVESTIGATION_FIELDS.filter(
      (f) => row[f] !== undefined && !same(row[f], before[f]),
    );
    const status = before.status === null ? null : importedStatus(before.status, row.outcomeCode);
    if (status !== before.status) investigation.push("status");
    if (offence.length + investigation.length > 0)
      plan.changedOffences.push({ row, before, offence, investigation, status });
    else plan.unchangedOffences++;
  }

  const firstRows = new Map<string, PersonImportRow>();
  for (const p of checked.persons) if (!firstRows.has(p.personRef)) firstRows.set(p.personRef, p);
  plan.existingPersons = await loadPersonStates(sql, [...firstRows.keys()]);
  for (const row of firstRows.values()) {
    const before = plan.existingPersons.get(row.personRef);
    if (!before) {
      plan.newPersons.push(row);
      continue;
    }
    const fields = (["surname", "forenames", "dateOfBirth", "gender"] as const).filter(
      (f) => !same(row[f], before[f]),
    );
    if (fields.length > 0) plan.changedPersons.push({ row, before, fields });
    else plan.unchangedPersons++;
  }

  // Links between an offence and a person both already recorded may exist already.
  const known = checked.persons.filter(
    (p) => existingOffences.has(p.crimeReference) && plan.existingPersons.has(p.personRef),
  );
  const existingLinks = new Set<string>();
  for (let start = 0; start < known.length; start += BATCH) {
    const batch = known.slice(start, start + BATCH);
    const { rows } = await sql.query<{ key: string }>(
      `SELECT l."offenceId" || '|' || l."personId" || '|' || l.role AS key FROM "OffencePerson" l
       JOIN unnest($1::int[], $2::int[]) AS t(o, p) ON l."offenceId" = t.o AND l."personId" = t.p`,
      [
        batch.map((p) => existingOffences.get(p.crimeReference)!.id),
        batch.map((p) => personIdOf(plan.existingPersons.get(p.personRef)!)),
      ],
    );
    for (const r of rows) existingLinks.add(r.key);
  }
  for (const p of checked.persons) {
    const offence = existingOffences.get(p.crimeReference);
    const person = plan.existingPersons.get(p.personRef);
    if (offence && person && existingLinks.has(`${offence.id}|${personIdOf(person)}|${p.role}`))
      plan.unchangedLinks++;
    else plan.newLinks++;
  }
  return plan;
}

/** A nominal id merged into another record links to the survivor. */
export function personIdOf(person: Pick<PersonState, "id" | "mergedIntoId">): number {
  return person.mergedIntoId ?? person.id;
}
