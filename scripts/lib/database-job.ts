import { getEnv, type Env } from "../../lib/env";
import { describeFailure } from "../../lib/db/migrate/describe-failure";
import { openDatabase, type OpenDatabase } from "./database";
import { runCommand } from "./run-command";

/**
 * A one-off command against the app's database (`npm run audit:verify`, `actions:escalate`): opens
 * it (DATABASE_URL, or the embedded one `npm start` uses), runs `job`, stops it, and exits with the
 * job's code; a failure is described on stderr and exits 1.
 */
export function runDatabaseJob(job: (database: OpenDatabase, env: Env) => Promise<number>): void {
  async function main(): Promise<number> {
    const env = getEnv();
    let database: OpenDatabase | undefined;
    try {
      database = await openDatabase(env, {
        ephemeral: false,
        log: (line) => console.log(`[captiva] ${line}`),
      });
      return await job(database, env);
    } finally {
      await database?.stop();
    }
  }
  runCommand(main, describeFailure);
}
