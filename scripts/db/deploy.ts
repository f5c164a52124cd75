// `npm run db:deploy`: applies prisma/migrations to DATABASE_URL, or, without it, to the embedded
// database `npm start` uses (started for the purpose and stopped again). Same bookkeeping table as
// `prisma migrate deploy`.
//   --rolled-back <migration>   first mark a failed migration as rolled back (after fixing its SQL)
import { parseArgs } from "node:util";
import { getEnv } from "../../lib/env";
import { deployMigrations } from "../../lib/db/migrate/deploy-migrations";
import { describeFailure } from "../../lib/db/migrate/describe-failure";
import { markMigrationRolledBack } from "../../lib/db/migrate/mark-migration-rolled-back";
import { openDatabase, safeHost, type OpenDatabase } from "../lib/database";
import { runCommand } from "../lib/run-command";

const { values: args } = parseArgs({ options: { "rolled-back": { type: "string" } } });
const log = (line: string) => console.log(`[captiva] ${line}`);

async function main(): Promise<void> {
  const env = getEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(env, { ephemeral: false, log });
    const where = database.embedded ? `The embedded database in ${env.DATA_DIR}` : safeHost(database.url);
    if (args["rolled-back"]) {
      await markMigrationRolledBack(database.url, args["rolled-back"]);
      log(`Marked ${args["rolled-back"]} as rolled back.`);
    }
    const started = Date.now();
    const { applied } = await deployMigrations(database.url);
    const took = `${Date.now() - started} ms`;
    if (applied.length === 0) log(`${where} is up to date (${took}).`);
    else log(`${where}: applied ${applied.length} migration(s) in ${took}: ${applied.join(", ")}`);
  } finally {
    await database?.stop();
  }
}

// Exit explicitly: nothing should linger, but a stray timer must never hold a deploy open.
runCommand(main, describeFailure);
