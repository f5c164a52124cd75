import type pg from "pg";

// The tables the seed fills. `--force` empties them with TRUNCATE (a trigger refuses DELETE on
// case tables). Users, sign-in attempts and the audit log are never emptied: the demo accounts
// are upserted by email instead, and the audit log is append-only by law.

/**
 * Each case table and how the bulk load treats it: "ids", rows it writes with ids it assigns itself
 * (so the table's sequence must be moved on afterwards); "rows", rows it writes without an id of
 * their own (link tables); "other", tables filled some other way, or only by the app.
 */
const CASE_TABLE_LOAD = {
  Offence: "ids",
  Person: "ids",
  PersonMerge: "other",
  OffencePerson: "ids",
  Investigation: "ids",
  InvestigationUpdate: "ids",
  IntelligenceItem: "ids",
  IntelligenceGrading: "ids",
  IntelligencePerson: "rows",
  IntelligenceOffence: "rows",
  IntelligenceGroup: "rows",
  Group: "ids",
  GroupMembership: "ids",
  GroupOffence: "rows",
  GroupPlanLine: "ids",
  Referral: "ids",
  ReferralEvent: "ids",
  Meeting: "ids",
  MeetingAttendee: "ids",
  AgendaItem: "ids",
  AgendaPackVersion: "other",
  Decision: "ids",
  ActionItem: "ids",
  ActionUpdate: "ids",
  Notification: "other",
  AccessReason: "other",
  ImportRun: "other",
  EngagementEntry: "other",
  EngagementStakeholder: "other",
  EngagementPlan: "other",
  // Issue 17: the demo's patrol deployments and dosage.
  PatrolDosage: "other",
  PatrolDeploymentArm: "other",
  PatrolDeployment: "other",
} as const satisfies Record<string, "ids" | "rows" | "other">;

type CaseTable = keyof typeof CASE_TABLE_LOAD;
const tablesLoadedAs = (...uses: string[]) => CASE_TABLES.filter((t) => uses.includes(CASE_TABLE_LOAD[t]));

export const CASE_TABLES = Object.keys(CASE_TABLE_LOAD) as CaseTable[];

/** Tables whose ids the seed assigns itself, so their sequences must be moved on afterwards. */
export const SEEDED_ID_TABLES = tablesLoadedAs("ids");

/** Every table the seed writes case rows into. */
export const LOADED_TABLES = tablesLoadedAs("ids", "rows");

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
