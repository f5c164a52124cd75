import type { TestProject } from "vitest/node";
import { getEnv } from "@/lib/env";
import { deployMigrations } from "@/lib/db/migrate/deploy-migrations";
import { createDatabase, startTestDatabaseServer, type TestDatabaseServer } from "@/lib/testing/database-server";

// One PostgreSQL server per integration run, and one migrated template database on it. Each test
// file clones the template (CREATE DATABASE … TEMPLATE), which takes milliseconds, so files are
// isolated from each other and can run in parallel.

declare module "vitest" {
  export interface ProvidedContext {
    testDbAdminUrl: string;
    testDbTemplate: string;
    testDbPrefix: string;
  }
}

let server: TestDatabaseServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startTestDatabaseServer(getEnv().DATABASE_URL);
  const template = `${server.prefix}_template`;
  const templateUrl = await createDatabase(server.adminUrl, template);
  await deployMigrations(templateUrl);
  project.provide("testDbAdminUrl", server.adminUrl);
  project.provide("testDbTemplate", template);
  project.provide("testDbPrefix", server.prefix);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
