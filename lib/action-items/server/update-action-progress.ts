import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { progressErrors } from "@/lib/action-items/rules";
import type { UpdateActionProgressInput } from "@/lib/action-items/schemas";
import { actionConflict } from "@/lib/action-items/server/stale-action";
import { actionToChange } from "@/lib/action-items/server/action-to-change";
import { actionOutcomeRecipients } from "@/lib/action-items/server/action-outcome-recipients";
import { notifyUsers } from "@/lib/notifications/server/notify-users";
import { emailNotifications } from "@/lib/notifications/server/email-notifications";

/**
 * The owner (or the chair) records progress: a note, and a status of in progress, completed (with
 * a result note) or not possible (with a reason, then awaiting the chair's review). Written `where
 * id and version` with an ActionUpdate and the audit row in one transaction.
 */
export async function updateActionProgress({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<UpdateActionProgressInput>): Promise<{ id: number; version: number }> {
  const { entity, current } = await actionToChange(actor, "actions.update.own", input.id);
  // The row rule: only the owner, or the chair who manages every action. Others cannot see it.
  if (current.ownerId !== actor.id && !can(actor, "actions.manage")) {
    return refuseAccess({ actor, entity, reason: "not the action's owner", code: "NOT_FOUND" });
  }
  if (current.version !== input.version) return actionConflict(input.id, input.version, conflictMine(input));
  const errors = progressErrors(current, input);
  if (Object.keys(errors).length > 0) {
    throw new AppError("VALIDATION", {
      fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]])),
    });
  }
  const statusChanged = input.status !== current.status;
  if (!statusChanged && input.note === "")
    throw new AppError("VALIDATION", { fieldErrors: { note: ["Enter a progress note"] } });

  const completed = input.status === "COMPLETED";
  const after = {
    status: input.status,
    resultNote: completed ? input.resultNote : current.resultNote,
    notPossibleReason: input.status === "NOT_POSSIBLE" ? input.notPossibleReason : current.notPossibleReason,
    closedAt: completed ? now : null,
  };
  const note = [
    input.note,
    completed ? `Completed: ${input.resultNote}` : "",
    input.status === "NOT_POSSIBLE" ? `Not possible: ${input.notPossibleReason}` : "",
  ]
    .filter(Boolean)
    .join("\n");

  const { saved, notified } = await versionedTransaction(
    async (tx) => {
      const written = await tx.actionItem.updateMany({
        where: { id: current.id, version: input.version },
        data: { ...after, version: { increment: 1 } },
      });
      claimVersion(written);
      await tx.actionUpdate.create({
        data: { actionItemId: current.id, authorId: actor.id, note, createdAt: now },
      });
      await writeAuditBy(tx, actor, {
        event: completed ? "action.closed" : "action.updated",
        entity,
        before: {
          status: current.status,
          resultNote: current.resultNote,
          notPossibleReason: current.notPossibleReason,
        },
        after: {
          status: after.status,
          resultNote: after.resultNote,
          notPossibleReason: after.notPossibleReason,
        },
      });
      // The loop closes both ways: the chair and whoever raised it hear that it came back.
      const outcome = statusChanged && (completed || input.status === "NOT_POSSIBLE");
      const recipients = outcome ? await actionOutcomeRecipients(tx, current, actor.id) : [];
      const text = completed
        ? `${actor.name} completed the action: ${current.title}. Result: ${input.resultNote}`
        : `${actor.name} says the action is not possible (awaiting your review): ${current.title}. Reason: ${input.notPossibleReason}`;
      const notified = await notifyUsers(
        tx,
        recipients.map((userId) => ({
          userId,
          kind: completed ? "action.completed" : "action.not-possible",
          text,
          link: `/actions/${current.id}`,
        })),
      );
      return { saved: { id: current.id, version: input.version + 1 }, notified };
    },
    () => actionConflict(input.id, input.version, conflictMine(input)),
  );
  await emailNotifications(notified);
  return saved;
}

/** What the owner typed, for the conflict: the status, and the text that goes with it. */
function conflictMine(input: UpdateActionProgressInput) {
  return {
    status: { field: "status", value: input.status },
    resultNote: input.status === "COMPLETED" ? input.resultNote : undefined,
    notPossibleReason: input.status === "NOT_POSSIBLE" ? input.notPossibleReason : undefined,
  };
}
