import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { e2eDatabaseUrlFile } from "./e2e/support/database-url-file";

// The e2e server is the real app (`scripts/start.ts --ephemeral`): a production build, a
// throwaway database (embedded, or a fresh database on the DATABASE_URL server) and demo data.
const port = Number(process.env.E2E_PORT ?? 3100);
const dbPort = Number(process.env.E2E_DB_PORT ?? 54340);

// Playwright cannot download its browser on these networks; Debian's Chromium works.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    }
  : {};

const COUNT_CHANGING = ["persons/record-offence.spec.ts"];

export default defineConfig({
  testDir: "e2e",
  // Run through two instances behind a proxy by playwright.instances.config.ts.
  testIgnore: ["instances/**"],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Recording an offence adds a knife-used under-25 SYV offence in Birmingham East this year, which
  // the figures' map, the hotspot page and the saved-views specs count against the database; run
  // beside them it changed a count between their read and their check. It runs once they are done
  // (alone: `npx playwright test --no-deps e2e/persons/record-offence.spec.ts`).
  projects: [
    {
      name: "chromium",
      testIgnore: ["instances/**", ...COUNT_CHANGING],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "count-changing",
      testMatch: [...COUNT_CHANGING],
      dependencies: ["chromium"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  webServer: {
    // Refusal rows are coalesced per minute in production; a 1 s window lets the tests read them.
    command: `AUDIT_REFUSAL_WINDOW_SECONDS=1 node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/start.ts --ephemeral --no-build --port ${port} --db-port ${dbPort} --db-url-file ${e2eDatabaseUrlFile(port)}`,
    url: `http://localhost:${port}/api/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
