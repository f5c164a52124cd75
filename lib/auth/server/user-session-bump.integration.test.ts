import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";

// Migration *_user_session_bump: changes that must end a user's sessions bump sessionVersion in
// the database, whichever code path makes them.

let client: pg.Client;

const database = withTestDatabase();
beforeAll(async () => {
  client = await database.connect();
});

async function newUser(): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `insert into "User" (email, name, role, "passwordHash", "updatedAt")
     values ('u' || gen_random_uuid() || '@captiva.example', 'Test User', 'ANALYST', 'x', now()) returning id`,
  );
  return rows[0]!.id;
}

async function sessionVersion(id: number): Promise<number> {
  const { rows } = await client.query<{ v: number }>(
    `select "sessionVersion" as v from "User" where id = $1`,
    [id],
  );
  return rows[0]!.v;
}

describe("user_session_bump", () => {
  it.each([
    ["a role change", `update "User" set role = 'CHAIR' where id = $1`],
    ["disabling", `update "User" set "disabledAt" = now() where id = $1`],
    ["a new password", `update "User" set "passwordHash" = 'y' where id = $1`],
  ])("bumps the session version on %s", async (_label, sql) => {
    const id = await newUser();
    await client.query(sql, [id]);
    expect(await sessionVersion(id)).toBe(2);
  });

  it("leaves it alone for other changes, and does not double an explicit bump", async () => {
    const id = await newUser();
    await client.query(`update "User" set name = 'Renamed User' where id = $1`, [id]);
    expect(await sessionVersion(id)).toBe(1);
    await client.query(
      `update "User" set role = 'CHAIR', "sessionVersion" = "sessionVersion" + 1 where id = $1`,
      [id],
    );
    expect(await sessionVersion(id)).toBe(2);
  });
});
