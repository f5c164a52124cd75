// `npm test`: every check, in the order that fails fastest. Integration tests and the e2e server
// start their own throwaway database unless DATABASE_URL is set (then they create and drop
// their own databases on that server, never touching existing ones).
import { spawn } from "node:child_process";

// `instances` (issue 15): the import and meeting journeys through two instances on one database
// behind a round-robin proxy, after the main e2e run (same build; ~2 to 5 minutes on 2 cores).
type Step = { name: string; command: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  { name: "lint", command: ["npx", "eslint", "--max-warnings", "0", "."] },
  // No two lib folders import each other (issue 19): a shared piece has one home. Under a second.
  { name: "lib-cycles", command: ["npx", "tsx", "scripts/check-lib-cycles.ts"] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  { name: "integration", command: ["npx", "vitest", "run", "--project", "integration"] },
  { name: "build", command: ["npx", "next", "build"], env: { NODE_ENV: "production" } },
  // JavaScript per route within budget (issue 15), from the build just made: bytes, not timings.
  { name: "js-budget", command: ["npx", "tsx", "--conditions=react-server", "scripts/check-route-js.ts"] },
  { name: "e2e", command: ["npx", "playwright", "test"] },
  { name: "instances", command: ["npx", "playwright", "test", "-c", "playwright.instances.config.ts"] },
];

const only = process.argv.slice(2);
const selected = only.length ? steps.filter((s) => only.includes(s.name)) : steps;

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const [cmd, ...args] = step.command;
    const child = spawn(cmd!, args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of selected) {
  console.log(`\n━━ ${step.name} ━━ ${step.command.join(" ")}`);
  const start = Date.now();
  const code = await run(step);
  results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - start) / 1000 });
  if (code !== 0) break;
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✔" : "✘"} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
const skipped = selected.length - results.length;
console.log(
  `checks: ${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
process.exit(failed ? 1 : 0);
