// `npm run db:seed -- [--scale demo|force|national|tiny] [--seed N] [--force] [--today YYYY-MM-DD]`
// Loads synthetic data into DATABASE_URL or, without it, the embedded database `npm start` uses
// (started for the purpose and stopped again). Migrations are applied first. A database that
// already holds case data is left untouched unless --force is given.
import { parseArgs } from "node:util";
import { getEnv } from "../../lib/env";
import { deployMigrations } from "../../lib/db/migrate/deploy-migrations";
import { SeedRefusedError, seedDatabase } from "../../prisma/seed/seed-database";
import { SCALE_NAMES, isScaleName } from "../../prisma/factories/scales";
import { openDatabase, safeHost, type OpenDatabase } from "../lib/database";
import { messageOf, runCommand } from "../lib/run-command";

const log = (line: string) => console.log(`[captiva] ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "demo" },
      seed: { type: "string", default: "1" },
      force: { type: "boolean", default: false },
      today: { type: "string" },
    },
  });
  if (!isScaleName(values.scale))
    throw new SeedRefusedError(`--scale must be one of ${SCALE_NAMES.join(", ")}.`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new SeedRefusedError("--seed must be a whole number.");
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new SeedRefusedError("--today must be YYYY-MM-DD.");
  return { scale: values.scale, seed, force: values.force, today: values.today };
}

async function main(): Promise<void> {
  const opts = options();
  const env = getEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(env, { ephemeral: false, log });
    log(
      `Seeding ${database.embedded ? `the embedded database in ${env.DATA_DIR}` : safeHost(database.url)} …`,
    );
    await deployMigrations(database.url);
    const result = await seedDatabase({ url: database.url, ...opts, log });
    const c = result.counts;
    log(
      `${c.offences} offences, ${c.persons} persons, ${c.intelligenceItems} intelligence items, ` +
        `${c.referrals} referrals, ${c.meetings} meetings, ${c.users} users.`,
    );
  } finally {
    await database?.stop();
  }
}

runCommand(main, (error) =>
  error instanceof SeedRefusedError
    ? `[captiva] ${error.message}`
    : `[captiva] Seeding failed: ${messageOf(error)}`,
);
