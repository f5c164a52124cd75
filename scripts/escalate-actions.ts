// Daily job (cron or a scheduler): `npm run actions:escalate`.
// Escalates live forum actions overdue for more than ACTION_ESCALATION_DAYS days: sets escalatedAt,
// reminds the owner, tells the chair once, emails when SMTP_URL is set. Idempotent.
import { getEnv, setEnvForProcess } from "../lib/env";
import { describeFailure } from "../lib/db/migrate/describe-failure";
import { getPrisma } from "../lib/db/server/prisma";
import { escalateOverdueActions } from "../lib/action-items/server/escalate-overdue-actions";
import { openDatabase, type OpenDatabase } from "./lib/database";

async function main(): Promise<number> {
  const env = getEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(env, { ephemeral: false, log: (line) => console.log(`[captiva] ${line}`) });
    setEnvForProcess("DATABASE_URL", database.url);
    try {
      const run = await escalateOverdueActions();
      console.log(
        `escalated ${run.escalated} actions; ${run.notified} notifications, ${run.emailed} emailed`,
      );
      return 0;
    } finally {
      await getPrisma().$disconnect();
    }
  } finally {
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);
