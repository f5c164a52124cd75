import "server-only";
import { OVERDUE_ACTION_SELECT } from "@/lib/action-items/server/overdue-action-select";
import { getPrisma } from "@/lib/db/server/prisma";
import { getEnv } from "@/lib/env";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { todayInUk } from "@/lib/dates/day";
import { formatDate } from "@/lib/dates/format";
import { escalateDueBefore, LIVE_ACTION_STATUSES } from "@/lib/action-items/rules";
import { notifyUsers, type NewNotification } from "@/lib/notifications/server/notify-users";
import { emailNotifications } from "@/lib/notifications/server/email-notifications";

export type EscalationRun = { escalated: number; notified: number; emailed: number };

/**
 * A system job (no actor): every live action overdue for more than ACTION_ESCALATION_DAYS days and
 * not yet escalated gets `escalatedAt` (the next pack generation proposes it for the agenda), its
 * owner a reminder, and every active chair one notification for it. Idempotent: an escalated action
 * is never escalated again, so running it twice notifies nobody twice. Emails go out only when
 * SMTP_URL is set.
 */
export async function escalateOverdueActions({
  now = new Date(),
  days = getEnv().ACTION_ESCALATION_DAYS,
}: { now?: Date; days?: number } = {}): Promise<EscalationRun> {
  const prisma = getPrisma();
  const dueBefore = escalateDueBefore(todayInUk(now), days);
  const { ids, escalated } = await prisma.$transaction(async (tx) => {
    const actions = await tx.actionItem.findMany({
      where: { status: { in: [...LIVE_ACTION_STATUSES] }, escalatedAt: null, dueOn: { lt: dueBefore } },
      select: OVERDUE_ACTION_SELECT,
      orderBy: { id: "asc" },
    });
    if (actions.length === 0) return { ids: [] as number[], escalated: 0 };
    const chairs = await tx.user.findMany({
      where: { role: "CHAIR", disabledAt: null },
      select: { id: true },
    });
    const notifications: NewNotification[] = [];
    for (const action of actions) {
      // Guarded on escalatedAt so a concurrent run cannot escalate (and notify) the same action twice.
      const written = await tx.actionItem.updateMany({
        where: { id: action.id, escalatedAt: null },
        data: { escalatedAt: now },
      });
      if (written.count === 0) continue;
      await writeAudit(tx, {
        event: "action.escalated",
        actor: SYSTEM_ACTOR,
        entity: { type: "action-item", id: action.id },
        before: { escalatedAt: null },
        after: { escalatedAt: now },
        detail: { days },
      });
      const link = `/actions/${action.id}`;
      notifications.push({
        userId: action.ownerId,
        kind: "action.overdue",
        text: `Reminder: your forum action was due ${formatDate(action.dueOn)} and is overdue: ${action.title}`,
        link,
      });
      // Whoever raised it hears too (issue 12), unless a chair (told below) or the owner (reminded above).
      if (action.raisedById !== action.ownerId && !chairs.some((c) => c.id === action.raisedById)) {
        notifications.push({
          userId: action.raisedById,
          kind: "action.escalated",
          text: `An action you raised is overdue (due ${formatDate(action.dueOn)}, ${action.owner.name}): ${action.title}`,
          link,
        });
      }
      for (const chair of chairs) {
        notifications.push({
          userId: chair.id,
          kind: "action.escalated",
          text: `Overdue for more than ${days} days (due ${formatDate(action.dueOn)}, ${action.owner.name}): ${action.title}. It will be proposed on the next agenda.`,
          link,
        });
      }
    }
    return { ids: await notifyUsers(tx, notifications), escalated: actions.length };
  });
  const emailed = await emailNotifications(ids);
  return { escalated, notified: ids.length, emailed };
}
