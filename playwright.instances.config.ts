import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { e2eDatabaseUrlFile } from "./e2e/support/database-url-file";

// Issue 15, "more than one instance": the import and meeting journeys, plus e2e/instances, with the
// browser talking to two app instances on one database through a round-robin proxy
// (scripts/instances.ts), and a spare instance with a one-connection pool for the busy tests.
// `npm run test:instances`. The proxy takes E2E_PORT; the instances the next three ports.
const port = Number(process.env.E2E_PORT ?? 3150);
const dbPort = Number(process.env.E2E_DB_PORT ?? 54390);
// The specs find the database (e2e/support/database.ts) and the instances by E2E_PORT.
process.env.E2E_PORT = String(port);

export default defineConfig({
  ...base,
  testIgnore: [],
  // Three app servers share the machine's cores with the browser: sign-in (argon2) and first
  // renders take longer than against one server.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  testMatch: ["imports/import.spec.ts", "forum/meeting-run.spec.ts", "instances/*.spec.ts"],
  // One project: the base's split (count-changing specs last) is about specs this run leaves out.
  projects: [{ name: "chromium", use: base.projects?.[0]?.use }],
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `AUDIT_REFUSAL_WINDOW_SECONDS=1 node --conditions=react-server --import tsx scripts/instances.ts --instances 2 --spare --port ${port} --db-port ${dbPort} --db-url-file ${e2eDatabaseUrlFile(port)}`,
    url: `http://localhost:${port}/api/health/ready`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
