// `npm run db:restore -- FILE`: restores a `npm run db:backup` archive into a fresh DATA_DIR (the
// app stopped), then runs `npm run audit:verify` on it, which also starts the database once so
// PostgreSQL replays the backup's WAL. Exit 0 only when the audit chain is intact.
import { spawnSync } from "node:child_process";
import { getEnv } from "../../lib/env";
import { restoreBackup } from "../../lib/db/backup/restore-backup";
import { messageOf, runCommand } from "../lib/run-command";

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file) {
    console.error("Usage: npm run db:restore -- FILE   (DATA_DIR must not hold a database yet)");
    return 2;
  }
  const env = getEnv();
  await restoreBackup({ file, dataDir: env.DATA_DIR, log: (line) => console.log(`[captiva] ${line}`) });
  console.log("[captiva] Checking the restored audit log (npm run audit:verify) …");
  const verify = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/audit-verify.ts"],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  if (verify.status !== 0) {
    console.error(
      "[captiva] The restored database failed audit:verify (above). Do not serve it; keep the archive and investigate.",
    );
    return 1;
  }
  console.log("[captiva] Restore complete. Start the app with npm start.");
  return 0;
}

runCommand(main, (error) => `[captiva] restore failed: ${messageOf(error)}`);
