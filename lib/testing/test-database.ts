import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/testing/database-server";

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

/** A fresh, migrated, empty database for one test file (cloned from the run's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("testDbAdminUrl");
  const name = `${inject("testDbPrefix")}_${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(adminUrl, name, inject("testDbTemplate"));
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}
