import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/reference/demo-accounts";
import type { ReferenceIds } from "@/prisma/seed/reference-tables";
import type { UserRow } from "@/prisma/factories/rows";

/**
 * Upserts the dataset's users by email and returns their database ids in dataset order. Demo
 * accounts get a fresh hash of the documented demo password (and every existing session of theirs
 * is ended); synthetic officers get no password and so can never sign in.
 */
export async function upsertUsers(
  client: pg.ClientBase,
  users: readonly UserRow[],
  ref: ReferenceIds,
): Promise<number[]> {
  const hashes = await Promise.all(
    users.map((u) => (u.demoAccount ? hashPassword(DEMO_PASSWORD) : Promise.resolve(null))),
  );
  const now = new Date().toISOString();
  const { rows } = await client.query<{ id: number; email: string }>(
    `insert into "User" ("email", "name", "jobTitle", "role", "npuId", "providerId", "passwordHash", "updatedAt")
     select * from unnest($1::text[], $2::text[], $3::text[], $4::"Role"[], $5::int[], $6::int[], $7::text[], $8::timestamp(3)[])
     on conflict ("email") do update set
       "name" = excluded."name", "jobTitle" = excluded."jobTitle", "role" = excluded."role", "npuId" = excluded."npuId",
       "providerId" = excluded."providerId", "passwordHash" = excluded."passwordHash", "disabledAt" = null,
       "sessionVersion" = "User"."sessionVersion" + 1, "version" = "User"."version" + 1, "updatedAt" = excluded."updatedAt"
     returning "id", "email"`,
    [
      users.map((u) => u.email),
      users.map((u) => u.name),
      users.map((u) => u.jobTitle),
      users.map((u) => u.role),
      users.map((u) => (u.npuId ? ref.npu[u.npuId - 1] : null)),
      users.map((u) => (u.providerId ? ref.provider[u.providerId - 1] : null)),
      hashes,
      users.map(() => now),
    ],
  );
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return users.map((u) => byEmail.get(u.email)!);
}
