import pg from "pg";
import { insertRows, type IdMaps } from "@/prisma/seed/bulk-insert";
import {
  LOADED_TABLES,
  advanceSequences,
  nonEmptyCaseTables,
  schemaIsMigrated,
  truncateCaseTables,
} from "@/prisma/seed/case-tables";
import { withDeferredConstraints } from "@/prisma/seed/defer-constraints";
import { upsertReferenceData } from "@/prisma/seed/reference-tables";
import { insertDemoPatrols } from "@/prisma/seed/patrol-demo";
import * as T from "@/prisma/seed/table-specs";
import { upsertUsers } from "@/prisma/seed/upsert-users";
import { seedEngagementPlans } from "@/prisma/seed/engagement-plans";
import { buildDataset, datasetCounts } from "@/prisma/factories/build-dataset";
import { todayIso, type IsoDate } from "@/prisma/factories/dates";
import type { Dataset } from "@/prisma/factories/rows";
import type { ScaleName } from "@/prisma/factories/scales";
import type { IsoDay } from "@/lib/dates/day";

// Loads the synthetic world into PostgreSQL in one transaction: reference data (upserted), the
// demo and synthetic users (upserted by email), then every case table in bulk. Refuses to touch a
// database that already holds case data unless `force` is set.

export type SeedOptions = {
  url: string;
  scale?: ScaleName;
  seed?: number;
  /** Empty the case tables first (TRUNCATE) instead of refusing. */
  force?: boolean;
  /** The reference "today" (YYYY-MM-DD); defaults to the current date. */
  today?: IsoDate;
  log?: (line: string) => void;
};

export type SeedResult = {
  scale: ScaleName;
  seed: number;
  today: IsoDate;
  counts: Record<keyof Dataset, number>;
  milliseconds: number;
};

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** A refusal the caller shows as one line (not a crash). */
export class SeedRefusedError extends Error {}

const SEED_LOCK = 20261127;

export async function seedDatabase(options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const scale = options.scale ?? "demo";
  const seed = options.seed ?? 1;
  const today = options.today ?? todayIso();
  const log = options.log ?? (() => {});

  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    if (!(await schemaIsMigrated(client))) {
      throw new SeedRefusedError(
        "The database has no Captiva Guardian tables yet: run `npm run db:deploy` first.",
      );
    }
    // Refuse before spending seconds on building; checked again under the lock below.
    refuseUnlessForced(await nonEmptyCaseTables(client), options.force);

    log(`Building the ${scale} dataset (seed ${seed}, today ${today}) …`);
    const building = Date.now();
    const data = buildDataset({ scale, seed, today });
    const counts = datasetCounts(data);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    log(`Built ${rows.toLocaleString("en-GB")} rows in ${seconds(building)}.`);

    await client.query("begin");
    await client.query("set local synchronous_commit = off");
    await client.query("set local maintenance_work_mem = '256MB'");
    // Two seeds at once would both see an empty database; the second waits, then is refused.
    await client.query("select pg_advisory_xact_lock($1)", [SEED_LOCK]);
    const occupied = await nonEmptyCaseTables(client);
    refuseUnlessForced(occupied, options.force);
    if (occupied.length > 0) {
      log(`Emptying ${occupied.length} case tables (--force) …`);
      await truncateCaseTables(client);
    }
    const reference = await upsertReferenceData(client);
    const userIds = await upsertUsers(client, data.users, reference);
    const ids: IdMaps = { ...reference, user: userIds };
    log(`Writing ${counts.offences.toLocaleString("en-GB")} offences and their records …`);
    const writing = Date.now();
    await withDeferredConstraints(client, LOADED_TABLES, async () => {
      await writeDataset(client, data, ids);
      log(`Rows written in ${seconds(writing)}; rebuilding indexes and checking foreign keys …`);
    });
    await advanceSequences(client);
    await seedEngagementPlans(client, reference.hotspot, today);
    await insertDemoPatrols(client, reference.hotspot, today as IsoDay, seed);
    await client.query(
      `insert into "AuditEvent" ("category", "event", "source", "actorLabel", "entityType", "changes")
       values ('COLLECTION', 'seed.loaded', 'seed', 'seed script', 'database', $1::jsonb)`,
      [JSON.stringify({ scale, seed, today, force: Boolean(options.force), counts })],
    );
    await client.query("commit");
    const milliseconds = Date.now() - started;
    log(`Synthetic ${scale} data loaded in ${(milliseconds / 1000).toFixed(1)} s.`);
    return { scale, seed, today, counts, milliseconds };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function refuseUnlessForced(occupied: string[], force: boolean | undefined): void {
  if (occupied.length === 0 || force) return;
  const tables = `${occupied.slice(0, 3).join(", ")}${occupied.length > 3 ? ", …" : ""}`;
  throw new SeedRefusedError(
    `The database already holds case data (${tables}); nothing was changed. Re-run with --force to empty the case tables and reseed.`,
  );
}

async function writeDataset(client: pg.ClientBase, d: Dataset, ids: IdMaps): Promise<void> {
  await insertRows(client, T.PERSON, d.persons, ids);
  await insertRows(client, T.OFFENCE, d.offences, ids);
  await insertRows(client, T.OFFENCE_PERSON, d.offencePersons, ids);
  await insertRows(client, T.INVESTIGATION, d.investigations, ids);
  await insertRows(client, T.INVESTIGATION_UPDATE, d.investigationUpdates, ids);
  await insertRows(client, T.GROUP, d.groups, ids);
  await insertRows(client, T.GROUP_MEMBERSHIP, d.groupMemberships, ids);
  await insertRows(client, T.GROUP_OFFENCE, d.groupOffences, ids);
  await insertRows(client, T.GROUP_PLAN_LINE, d.groupPlanLines, ids);
  await insertRows(client, T.INTELLIGENCE_ITEM, d.intelligenceItems, ids);
  await insertRows(client, T.INTELLIGENCE_GRADING, d.intelligenceGradings, ids);
  await insertRows(client, T.INTELLIGENCE_PERSON, d.intelligencePersons, ids);
  await insertRows(client, T.INTELLIGENCE_OFFENCE, d.intelligenceOffences, ids);
  await insertRows(client, T.INTELLIGENCE_GROUP, d.intelligenceGroups, ids);
  await insertRows(client, T.REFERRAL, d.referrals, ids);
  await insertRows(client, T.REFERRAL_EVENT, d.referralEvents, ids);
  await insertRows(client, T.MEETING, d.meetings, ids);
  await insertRows(client, T.MEETING_ATTENDEE, d.meetingAttendees, ids);
  await insertRows(client, T.AGENDA_ITEM, d.agendaItems, ids);
  await insertRows(client, T.DECISION, d.decisions, ids);
  await insertRows(client, T.ACTION_ITEM, d.actionItems, ids);
  await insertRows(client, T.ACTION_UPDATE, d.actionUpdates, ids);
  const carried = d.agendaItems.filter((a) => a.actionItemId != null);
  if (carried.length) {
    await client.query(
      `update "AgendaItem" a set "actionItemId" = v.action from unnest($1::int[], $2::int[]) as v(id, action) where a."id" = v.id`,
      [carried.map((a) => a.id), carried.map((a) => a.actionItemId)],
    );
  }
}

/**
 * True once the database has case data or has ever been seeded (the audit log remembers), so
 * `npm start` loads demo data on the first run only.
 */
export async function isDatabaseSeeded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    if (!(await schemaIsMigrated(client))) return false;
    if ((await nonEmptyCaseTables(client)).length > 0) return true;
    const { rows } = await client.query(`select 1 from "AuditEvent" where "event" = 'seed.loaded' limit 1`);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}
