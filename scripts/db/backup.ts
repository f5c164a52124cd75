// `npm run db:backup [-- FILE]`: a consistent online backup of the embedded database (while the
// app runs) plus auth-secret, the database password file and stored imports, in one archive
// readable only by its owner. Default FILE: backups/captiva-<date-time>.tar.gz. For your own
// PostgreSQL server (DATABASE_URL), use pg_dump or PITR: README "Backups".
import { join } from "node:path";
import { getEnv } from "../../lib/env";
import { backupDataDirectory } from "../../lib/db/backup/online-backup";
import { messageOf, runCommand } from "../lib/run-command";

async function main(): Promise<number> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: back that server up with pg_dump or PITR (README "Backups"). This command backs up the embedded database.',
    );
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const file = process.argv.slice(2).find((a) => a !== "--") ?? join("backups", `captiva-${stamp}.tar.gz`);
  await backupDataDirectory({ dataDir: env.DATA_DIR, file, log: (line) => console.log(`[captiva] ${line}`) });
  return 0;
}

runCommand(main, (error) => `[captiva] backup failed: ${messageOf(error)}`);
