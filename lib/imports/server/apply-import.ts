import "server-only";
import type { AuditActor, AuditEventInput } from "@/lib/audit/events";
import { dbDateOf } from "@/lib/dates/day";
import { ageAtTime } from "@/lib/offence-persons/victim-age";
import { insertAuditRows, insertRows, type Sql } from "@/lib/imports/server/bulk-sql";
import { applyImportPersons } from "@/lib/imports/server/apply-import-persons";
import { applyNewOffences } from "@/lib/imports/server/apply-new-offences";
import { applyOffenceChanges } from "@/lib/imports/server/apply-offence-changes";
import { personIdOf, type ImportPlan } from "@/lib/imports/server/plan-import";
import { recomputeImportedAges } from "@/lib/imports/server/recompute-imported-ages";
import type { CheckedImport } from "@/lib/imports/check-import-files";
import type { PersonImportRow } from "@/lib/imports/import-rows";

// Applies a plan inside the caller's transaction: new offences (each with its OPEN investigation),
// changed offences and investigations (version + 1, so an analyst's open edit form gets CONFLICT),
// persons matched on their RMS nominal id, links, the derived ages, and one audit row per record
// collected or altered (source "import"). Everything is set-based; see bulk-sql.ts.

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
  const step = { sql, plan, actor, audit, onProgress };
  const { offenceIds: createdIds, collected } = await applyNewOffences(step, checked);
  const offenceIds = new Map<string, number>([
    ...[...plan.existingOffences].map(([ref, o]): [string, number] => [ref, o.id]),
    ...createdIds,
  ]);
  await applyOffenceChanges(step);
  await onProgress(plan.unchangedOffences);

  const occurredOn = new Map<string, string>(
    [...plan.existingOffences].map(([ref, o]) => [ref, String(o.occurredOn)]),
  );
  for (const c of plan.changedOffences) occurredOn.set(c.row.crimeReference, c.row.occurredOn);
  for (const r of plan.newOffences) occurredOn.set(r.crimeReference, r.occurredOn);
  const personIds = await applyImportPersons(sql, runId, plan, actor, audit);
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
  const created = new Set(createdIds.values());
  const touched = new Set<number>([
    ...plan.changedOffences.map((c) => c.before.id),
    ...links.map((l) => l.offenceId).filter((id) => !created.has(id)),
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

function linkAge(person: PersonImportRow, occurredOn: string | undefined): number | null {
  return occurredOn
    ? ageAtTime(person.dateOfBirth ? dbDateOf(person.dateOfBirth) : null, dbDateOf(occurredOn))
    : null;
}
