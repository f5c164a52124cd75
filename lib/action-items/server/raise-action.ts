import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { agendaItemInSession } from "@/lib/decisions/server/agenda-item-in-session";
import { todayInUk } from "@/lib/dates/day";
import { formatDate } from "@/lib/dates/format";
import { dueDateError } from "@/lib/action-items/rules";
import type { RaiseActionInput } from "@/lib/action-items/schemas";
import { checkActionOwner } from "@/lib/action-items/server/check-action-owner";
import { notifyUsers } from "@/lib/notifications/server/notify-users";
import { emailNotifications } from "@/lib/notifications/server/email-notifications";

/**
 * The chair raises an action on the spot, from the agenda item being discussed: it is linked to the
 * item's meeting, case and person (and to the decision it came from, if any). The owner must be
 * active and in remit, the due date today or later; the owner is notified.
 */
export async function raiseAction({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<RaiseActionInput>): Promise<{ id: number; meetingId: number }> {
  await requirePermission(actor, "actions.manage", {
    entity: { type: "agenda-item", id: input.agendaItemId },
  });
  const prisma = getPrisma();
  const item = await agendaItemInSession(
    prisma,
    input.agendaItemId,
    "Actions are raised while the meeting is in session",
  );
  const dueError = dueDateError(input.dueOn, todayInUk(now));
  if (dueError) throw new AppError("VALIDATION", { fieldErrors: { dueOn: [dueError] } });
  if (input.decisionId != null) {
    const decision = await prisma.decision.count({ where: { id: input.decisionId, agendaItemId: item.id } });
    if (decision === 0)
      throw new AppError("VALIDATION", {
        fieldErrors: { decisionId: ["Select a decision made on this item"] },
      });
  }
  const owner = await checkActionOwner(prisma, {
    ownerId: input.ownerId,
    offenceId: item.offenceId,
    personId: item.personId,
  });

  const { id, notificationIds } = await prisma.$transaction(async (tx) => {
    // The audit row holds the action as stored: the columns selected here.
    const { id, ...raised } = await tx.actionItem.create({
      data: {
        title: input.title,
        description: input.description,
        ownerId: owner.id,
        dueOn: input.dueOn,
        meetingId: item.meetingId,
        decisionId: input.decisionId,
        offenceId: item.offenceId,
        personId: item.personId,
        raisedById: actor.id,
      },
      select: { id: true, title: true, ownerId: true, dueOn: true, meetingId: true, decisionId: true },
    });
    await writeAuditBy(tx, actor, {
      event: "action.raised",
      entity: { type: "action-item", id },
      after: raised,
      detail: { agendaItemId: item.id },
    });
    const notificationIds = await notifyUsers(tx, [
      {
        userId: owner.id,
        kind: "action.assigned",
        text: `You have a new forum action, due ${formatDate(input.dueOn)}: ${input.title}`,
        link: `/actions/${id}`,
      },
    ]);
    return { id, notificationIds };
  });
  await emailNotifications(notificationIds);
  return { id, meetingId: item.meetingId };
}
