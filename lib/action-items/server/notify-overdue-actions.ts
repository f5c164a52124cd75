import "server-only";
import { OVERDUE_ACTION_SELECT } from "@/lib/action-items/server/overdue-action-select";
import { getPrisma } from "@/lib/db/server/prisma";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { dbDateInUk } from "@/lib/dates/day";
import { formatDate } from "@/lib/dates/format";
import { LIVE_ACTION_STATUSES } from "@/lib/action-items/rules";
import { actionOutcomeRecipients } from "@/lib/action-items/server/action-outcome-recipients";
import { notifyUsers, type NewNotification } from "@/lib/notifications/server/notify-users";
import { emailNotifications } from "@/lib/notifications/server/email-notifications";

export type OverdueRun = { overdue: number; notified: number; emailed: number };

/**
 * A system job (no actor, issue 12): the day a live action goes past its due date (UK calendar),
 * its owner is told, and so are whoever raised it and the chair (actionOutcomeRecipients).
 * Once per action, not once per run: `overdueNotifiedAt` marks it, guarded in the update so two
 * instances running at once tell nobody twice. A new due date after the notice (a reassignment,
 * a carried action) makes it a new deadline: missing that one is told again. Escalation
 * (escalate-overdue-actions.ts) still follows after ACTION_ESCALATION_DAYS.
 */
export async function notifyOverdueActions({ now = new Date() }: { now?: Date } = {}): Promise<OverdueRun> {
  const prisma = getPrisma();
  const today = dbDateInUk(now);
  const { ids, overdue } = await prisma.$transaction(async (tx) => {
    const candidates = await tx.actionItem.findMany({
      where: { status: { in: [...LIVE_ACTION_STATUSES] }, dueOn: { lt: today } },
      select: { ...OVERDUE_ACTION_SELECT, meetingId: true, overdueNotifiedAt: true },
      orderBy: { id: "asc" },
    });
    // Told already about this due date: the notice came after it.
    const actions = candidates.filter((a) => a.overdueNotifiedAt == null || a.overdueNotifiedAt < a.dueOn);
    const notifications: NewNotification[] = [];
    let overdue = 0;
    for (const action of actions) {
      const written = await tx.actionItem.updateMany({
        where: { id: action.id, overdueNotifiedAt: action.overdueNotifiedAt },
        data: { overdueNotifiedAt: now },
      });
      if (written.count === 0) continue;
      overdue++;
      await writeAudit(tx, {
        event: "action.overdue-notified",
        actor: SYSTEM_ACTOR,
        entity: { type: "action-item", id: action.id },
        before: { overdueNotifiedAt: action.overdueNotifiedAt },
        after: { overdueNotifiedAt: now },
        detail: { dueOn: action.dueOn.toISOString().slice(0, 10) },
      });
      const link = `/actions/${action.id}`;
      const due = formatDate(action.dueOn);
      notifications.push({
        userId: action.ownerId,
        kind: "action.overdue",
        text: `Your forum action was due ${due} and is now overdue: ${action.title}`,
        link,
      });
      for (const userId of await actionOutcomeRecipients(tx, action, action.ownerId)) {
        notifications.push({
          userId,
          kind: "action.overdue",
          text: `An action is now overdue (due ${due}, ${action.owner.name}): ${action.title}`,
          link,
        });
      }
    }
    return { ids: await notifyUsers(tx, notifications), overdue };
  });
  const emailed = await emailNotifications(ids);
  return { overdue, notified: ids.length, emailed };
}
