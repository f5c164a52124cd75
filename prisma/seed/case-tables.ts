import type pg from "pg";

// The tables the seed fills. `--force` empties them with TRUNCATE (a trigger refuses DELETE on
// case tables). Users, sign-in attempts and the audit log are never emptied: the demo accounts
// are upserted by email instead, and the audit log is append-only by law.

export const CASE_TABLES = [
  "Offence",
  "Person",
  "PersonMerge",
  "OffencePerson",
  "Investigation",
  "InvestigationUpdate",
  "IntelligenceItem",
  "IntelligenceGrading",
  "IntelligencePerson",
  "IntelligenceOffence",
  "IntelligenceGroup",
  "Group",
  "GroupMembership",
  "GroupOffence",
  "GroupPlanLine",
  "Referral",
  "ReferralEvent",
  "Meeting",
  "MeetingAttendee",
  "AgendaItem",
  "AgendaPackVersion",
  "Decision",
  "ActionItem",
  "ActionUpdate",
  "Notification",
  "AccessReason",
  "ImportRun",
  "EngagementEntry",
  "EngagementStakeholder",
  "EngagementPlan",
  // Issue 17: the demo's patrol deployments and dosage.
  "PatrolDosage",
  "PatrolDeploymentArm",
  "PatrolDeployment",
] as const;

/** Tables whose ids the seed assigns itself, so their sequences must be moved on afterwards. */
export const SEEDED_ID_TABLES = [
  "Offence",
  "Person",
  "OffencePerson",
  "Investigation",
  "InvestigationUpdate",
  "IntelligenceItem",
  "IntelligenceGrading",
  "Group",
  "GroupMembership",
  "GroupPlanLine",
  "Referral",
  "ReferralEvent",
  "Meeting",
  "MeetingAttendee",
  "AgendaItem",
  "Decision",
  "ActionItem",
  "ActionUpdate",
] as const;

/** Every table the seed writes case rows into. */
export const LOADED_TABLES = [
  ...SEEDED_ID_TABLES,
  "GroupOffence",
  "IntelligencePerson",
  "IntelligenceOffence",
  "IntelligenceGroup",
] as const;

/** Names of the case tables that hold at least one row. */
export async function nonEmptyCaseTables(client: pg.ClientBase): Promise<string[]> {
  const probes = CASE_TABLES.map((t) => `select '${t}' as name where exists (select 1 from "${t}")`).join(
    " union all ",
  );
  const { rows } = await client.query<{ name: string }>(probes);
  return rows.map((r) => r.name);
}

export async function truncateCaseTables(client: pg.ClientBase): Promise<void> {
  await client.query(`truncate ${CASE_TABLES.map((t) => `"${t}"`).join(", ")} restart identity cascade`);
}

export async function advanceSequences(client: pg.ClientBase): Promise<void> {
  const statements = SEEDED_ID_TABLES.map(
    (t) =>
      `select setval(pg_get_serial_sequence('"${t}"', 'id'), coalesce(max("id"), 0) + 1, false) from "${t}"`,
  );
  await client.query(statements.join(";\n"));
}

export async function schemaIsMigrated(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(
    `select to_regclass('public."Offence"') is not null and to_regclass('public."AuditEvent"') is not null as ok`,
  );
  return rows[0]?.ok ?? false;
}
