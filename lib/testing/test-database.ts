import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/testing/database-server";
import { urlFor } from "@/lib/db/runtime-role";

export type TestDatabase = {
  /** The owner's URL (as migrations and the seed connect). */
  url: string;
  /** The same database as the app's runtime role (captiva_app); undefined when the server made no such login. */
  runtimeUrl: string | undefined;
  name: string;
  drop: () => Promise<void>;
};

/** A fresh, migrated, empty database for one test file (cloned from the run's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("testDbAdminUrl");
  const name = `${inject("testDbPrefix")}_${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(adminUrl, name, inject("testDbTemplate"));
  const login = inject("testDbRuntimeLogin");
  const runtime = login ? (JSON.parse(login) as { user: string; password: string }) : undefined;
  const runtimeUrl = runtime ? urlFor(url, runtime.user, runtime.password) : undefined;
  return { url, runtimeUrl, name, drop: () => dropDatabase(adminUrl, name) };
}
