import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { type Db } from "@/lib/db/server/prisma";
import {
  SeedRefusedError,
  isDatabaseSeeded,
  seedDatabase,
  type SeedResult,
} from "@/prisma/seed/seed-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/reference/demo-accounts";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { NPUS } from "@/lib/reference/npus";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import { PROVIDERS } from "@/lib/reference/providers";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";
import { sealAll } from "@/lib/testing/seal-all";
import { createOffence } from "@/prisma/factories/create-offence";

const TODAY = "2026-11-27";
let client: pg.Client;
let db: Db;
let first: SeedResult;
let structureBefore: string[];

const count = async (table: string) =>
  Number((await client.query(`select count(*) from "${table}"`)).rows[0].count);

/** Every index and foreign key on the public tables: the seed drops and recreates some of them. */
async function structure(): Promise<string[]> {
  const { rows } = await client.query<{ d: string }>(
    `select indexdef as d from pg_indexes where schemaname = 'public'
     union all select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
      where connamespace = 'public'::regnamespace
     order by 1`,
  );
  return rows.map((r) => r.d);
}

const database = withTestDatabase();
beforeAll(async () => {
  client = await database.connect();
  db = database.client();
  structureBefore = await structure();
  expect(await isDatabaseSeeded(database.url)).toBe(false);
  first = await seedDatabase({ url: database.url, scale: "tiny", seed: 3, today: TODAY });
});

describe("seedDatabase", () => {
  it("loads complete reference tables", async () => {
    expect(await count("ScrutinyCategory")).toBe(SCRUTINY_CATEGORIES.length);
    expect(await count("OffenceCode")).toBe(OFFENCE_CODES.length);
    expect(await count("OutcomeType")).toBe(24);
    expect(await count("OutcomeType")).toBe(OUTCOME_TYPES.length);
    expect(await count("Npu")).toBe(NPUS.length);
    expect(await count("Hotspot")).toBe(57);
    expect(await count("Hotspot")).toBe(HOTSPOTS.length);
    expect(await count("Provider")).toBe(PROVIDERS.length);
    const possession = await db.offenceCode.findUniqueOrThrow({ where: { code: "10D" } });
    expect(possession.knifeEnabledEligible).toBe(false);
  });

  it("writes every generated row", async () => {
    expect(await count("Offence")).toBe(first.counts.offences);
    expect(await count("Person")).toBe(first.counts.persons);
    expect(await count("OffencePerson")).toBe(first.counts.offencePersons);
    expect(await count("Investigation")).toBe(first.counts.offences);
    expect(await count("IntelligenceGrading")).toBe(first.counts.intelligenceGradings);
    expect(await count("ReferralEvent")).toBe(first.counts.referralEvents);
    expect(await count("Meeting")).toBe(3);
    expect(first.counts.offences).toBeGreaterThan(200);
    expect(first.counts.offences).toBeLessThan(600);
  });

  it("puts about 19% of offences in the hotspots", async () => {
    const { rows } = await client.query(
      `select avg(("hotspotId" is not null)::int)::float8 as share from "Offence"`,
    );
    expect(rows[0].share).toBeGreaterThan(0.14);
    expect(rows[0].share).toBeLessThan(0.24);
  });

  it("loads the demo's patrol deployments (six periods) and dosage up to yesterday (issue 17)", async () => {
    expect(await count("PatrolDeployment")).toBe(6);
    expect(await count("PatrolDosage")).toBeGreaterThan(1_000);
    const { rows } = await client.query(`select max("day")::text as last from "PatrolDosage"`);
    expect(rows[0].last < TODAY).toBe(true);
  });

  it("restores every index and foreign key it set aside for the bulk load", async () => {
    expect(await structure()).toEqual(structureBefore);
  });

  it("moves the id sequences past the seeded rows", async () => {
    const offence = await createOffence(db);
    expect(offence.id).toBe(first.counts.offences + 1);
  });

  it("creates the demo accounts with the documented password", async () => {
    const users = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    const chair = users.find((u) => u.email === "chair@captiva.example")!;
    expect(chair.role).toBe("CHAIR");
    expect(await verifyPassword(chair.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const partner = await db.user.findUniqueOrThrow({
      where: { email: "partner@captiva.example" },
      include: { provider: true },
    });
    expect(partner.provider?.name).toBe("St Giles Trust");
    expect(
      await db.user.count({ where: { email: { startsWith: "oic" }, passwordHash: { not: null } } }),
    ).toBe(0);
  });

  it("writes one seed.loaded audit row, hash-chained by the sealer", async () => {
    await sealAll(db);
    const rows = await db.auditEvent.findMany({ where: { event: "seed.loaded" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.category).toBe("COLLECTION");
    expect(rows[0]!.source).toBe("seed");
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.changes).toMatchObject({
      scale: "tiny",
      seed: 3,
      counts: { offences: first.counts.offences },
    });
    expect(await isDatabaseSeeded(database.url)).toBe(true);
  });

  it("refuses a second seed without --force and changes nothing", async () => {
    const before = {
      offences: await count("Offence"),
      audit: await count("AuditEvent"),
      users: await count("User"),
    };
    await expect(seedDatabase({ url: database.url, scale: "tiny", seed: 4, today: TODAY })).rejects.toThrow(
      SeedRefusedError,
    );
    expect({
      offences: await count("Offence"),
      audit: await count("AuditEvent"),
      users: await count("User"),
    }).toEqual(before);
  });

  it("with --force empties the case tables and loads the same data again", async () => {
    const again = await seedDatabase({
      url: database.url,
      scale: "tiny",
      seed: 3,
      today: TODAY,
      force: true,
    });
    expect(again.counts).toEqual(first.counts);
    expect(await count("Offence")).toBe(first.counts.offences);
    expect(await db.auditEvent.count({ where: { event: "seed.loaded" } })).toBe(2);
    const { rows } = await client.query(`select min("crimeReference") as ref from "Offence"`);
    expect(rows[0].ref).toMatch(/^CG-SYN-2024-/);
    expect(await structure()).toEqual(structureBefore);
  });
});
