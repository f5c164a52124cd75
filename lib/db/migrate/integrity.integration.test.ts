import pg from "pg";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";

// What migration *_integrity makes the database refuse, whoever asks.

let client: pg.Client;

const database = withTestDatabase();
beforeAll(async () => {
  client = await database.connect();
});

async function sqlState(sql: string, params: unknown[] = []): Promise<string | undefined> {
  try {
    await client.query(sql, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

async function insertOffence(
  values: Partial<Record<"occurredOn" | "recordedOn" | "youngestVictimAge" | "version", unknown>> = {},
) {
  const row = {
    occurredOn: "2022-05-01",
    recordedOn: "2022-05-02",
    youngestVictimAge: 17,
    version: 1,
    ...values,
  };
  const { rows } = await client.query<{ id: number }>(
    `insert into "Offence" ("crimeReference", "offenceCode", "knifeUsed", "occurredOn", "recordedOn", "npuId",
                            "youngestVictimAge", "version", "updatedAt")
     values ('20/' || gen_random_uuid(), '8N', true, $1, $2, 1, $3, $4, now()) returning id`,
    [row.occurredOn, row.recordedOn, row.youngestVictimAge, row.version],
  );
  return rows[0]!.id;
}

beforeEach(async () => {
  await client.query(`truncate "Offence", "OffenceCode", "Npu", "OutcomeType" cascade`);
  await client.query(`insert into "Npu" (id, name, "areaKm2") values (1, 'Coventry', 98.6)`);
  await client.query(
    `insert into "OffenceCode" (code, description, "sortOrder") values ('8N', 'Assault with injury', 1)`,
  );
});

describe("case tables", () => {
  it("refuse DELETE, with a message saying why, but allow TRUNCATE", async () => {
    const id = await insertOffence();
    await expect(client.query(`delete from "Offence" where id = $1`, [id])).rejects.toMatchObject({
      code: "CG001",
      message: 'DELETE on "Offence" is refused: case records are never deleted',
    });
    await client.query(`truncate "Offence" cascade`);
    const { rows } = await client.query(`select 1 from "Offence"`);
    expect(rows).toHaveLength(0);
  });

  it("are every table except the operational ones and the audit log", async () => {
    const { rows } = await client.query<{ table: string; protected: boolean }>(`
      select t.table_name as table,
             exists (select 1 from pg_trigger g
                      where g.tgrelid = format('%I', t.table_name)::regclass
                        and g.tgname = 'case_tables_never_deleted' and g.tgenabled = 'O') as protected
        from information_schema.tables t
       where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'`);
    const unprotected = rows
      .filter((row) => !row.protected)
      .map((row) => row.table)
      .sort();
    // Operational: reasons, sessions and idempotency keys expire; stored import files are working copies.
    // FigureOffence, FigureMonth, FigureMonthForce and FigureLag are derived: triggers keep them equal to
    // Offence ⋈ Investigation; FigureHotspotMonth to Offence and HarmWeight (a new weight recounts it).
    // PersonIndexFlag is derived too: triggers keep it equal to each person's live links.
    // SavedView is a user's own shortcut to a list, not case data: its owner deletes it (audited).
    expect(unprotected).toEqual([
      "AccessReason",
      "AuditEvent",
      "FigureHotspotMonth",
      "FigureLag",
      "FigureMonth",
      "FigureMonthForce",
      "FigureOffence",
      "IdempotencyKey",
      "ImportFile",
      "Notification",
      "PersonIndexFlag",
      "SavedView",
      "SignInAttempt",
      "UserSession",
      "_prisma_migrations",
    ]);
    expect(rows.length).toBeGreaterThan(30);
  });
});

describe("CHECK constraints", () => {
  it("refuse an offence recorded before it occurred and impossible ages", async () => {
    await expect(insertOffence({ occurredOn: "2022-05-03", recordedOn: "2022-05-02" })).rejects.toMatchObject(
      { code: "23514" },
    );
    await expect(insertOffence({ youngestVictimAge: 131 })).rejects.toMatchObject({ code: "23514" });
    await expect(insertOffence({ youngestVictimAge: -1 })).rejects.toMatchObject({ code: "23514" });
    await expect(insertOffence({ version: 0 })).rejects.toMatchObject({ code: "23514" });
    expect(await insertOffence({ occurredOn: "2022-05-02", youngestVictimAge: null })).toBeGreaterThan(0);
  });

  it("keep outcome codes to the Home Office's 0-23 and carried counts non-negative", async () => {
    expect(await sqlState(`insert into "OutcomeType" values (24, 'x', false, 'x')`)).toBe("23514");
    expect(await sqlState(`insert into "OutcomeType" values (-1, 'x', false, 'x')`)).toBe("23514");
    expect(
      await sqlState(`insert into "OutcomeType" values (23, 'Deferred prosecution', true, 'positive')`),
    ).toBeUndefined();
    expect(await sqlState(`update "ActionItem" set "timesCarried" = -1`)).toBeUndefined(); // no rows: no violation
    const { rows } = await client.query(
      `select conname from pg_constraint where conname in ('ActionItem_timesCarried_check', 'User_version_check', 'Referral_version_check')`,
    );
    expect(rows).toHaveLength(3);
  });
});

describe("search support", () => {
  it("has trigram and fuzzy matching, indexed on lower-cased names and crime references", async () => {
    const { rows } = await client.query<{ similar: number; distance: number }>(
      `select similarity(lower('Smyth'), lower('SMITH')) as similar, levenshtein('Kowalski', 'Kowalsky') as distance`,
    );
    expect(rows[0]!.similar).toBeGreaterThan(0.2);
    expect(rows[0]!.distance).toBe(1);
    const indexes = await client.query<{ indexname: string }>(
      `select indexname from pg_indexes where indexdef like '%gin_trgm_ops%' order by indexname`,
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual([
      // Issue 18: the header search (intelligence references and nominal ids by any part, names by key).
      "IntelligenceItem_reference_trgm_idx",
      "Offence_crimeReference_trgm_idx",
      "PersonNameKey_trgm_idx",
      // Issue 18: the distinct words of names, so a misspelt name is matched word by word.
      "PersonNameWord_trgm_idx",
      "Person_forenames_trgm_idx",
      "Person_fullname_trgm_idx",
      "Person_rmsRef_trgm_idx",
      "Person_surname_trgm_idx",
    ]);
  });
});
