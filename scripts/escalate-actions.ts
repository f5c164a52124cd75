// Daily job (cron or a scheduler): `npm run actions:escalate`.
// Escalates live forum actions overdue for more than ACTION_ESCALATION_DAYS days: sets escalatedAt,
// reminds the owner, tells the chair once, emails when SMTP_URL is set. Idempotent.
import { setEnvForProcess } from "../lib/env";
import { getPrisma } from "../lib/db/server/prisma";
import { escalateOverdueActions } from "../lib/action-items/server/escalate-overdue-actions";
import { runDatabaseJob } from "./lib/database-job";

runDatabaseJob(async (database) => {
  setEnvForProcess("DATABASE_URL", database.url);
  try {
    const run = await escalateOverdueActions();
    console.log(`escalated ${run.escalated} actions; ${run.notified} notifications, ${run.emailed} emailed`);
    return 0;
  } finally {
    await getPrisma().$disconnect();
  }
});
