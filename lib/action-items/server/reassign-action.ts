import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { formatDate } from "@/lib/dates/format";
import { isOpenAction } from "@/lib/action-items/rules";
import type { ReassignActionInput } from "@/lib/action-items/schemas";
import { checkActionOwner } from "@/lib/action-items/server/check-action-owner";
import { actionConflict } from "@/lib/action-items/server/stale-action";
import { actionToChange } from "@/lib/action-items/server/action-to-change";
import { notifyUsers } from "@/lib/notifications/server/notify-users";
import { emailNotifications } from "@/lib/notifications/server/email-notifications";

/** The chair or an analyst gives an open action to someone else (active, in remit); they are told. */
export async function reassignAction({
  actor,
  input,
}: ActorInput<ReassignActionInput>): Promise<{ id: number; version: number }> {
  const { entity, current } = await actionToChange(actor, "actions.reassign", input.id);
  const prisma = getPrisma();
  if (current.version !== input.version)
    return actionConflict(input.id, input.version, { ownerId: { field: "ownerId", value: input.ownerId } });
  if (!isOpenAction(current))
    throw new AppError("VALIDATION", { fieldErrors: { ownerId: ["A closed action cannot be reassigned"] } });
  if (current.ownerId === input.ownerId) {
    throw new AppError("VALIDATION", {
      fieldErrors: { ownerId: ["Select someone other than the current owner"] },
    });
  }
  const owner = await checkActionOwner(prisma, {
    ownerId: input.ownerId,
    offenceId: current.offenceId,
    personId: current.personId,
  });

  const { saved, ids } = await versionedTransaction(
    async (tx) => {
      const written = await tx.actionItem.updateMany({
        where: { id: current.id, version: input.version },
        data: { ownerId: owner.id, version: { increment: 1 } },
      });
      claimVersion(written);
      await writeAuditBy(tx, actor, {
        event: "action.reassigned",
        entity,
        before: { ownerId: current.ownerId },
        after: { ownerId: owner.id },
      });
      const ids = await notifyUsers(tx, [
        {
          userId: owner.id,
          kind: "action.assigned",
          text: `A forum action was reassigned to you, due ${formatDate(current.dueOn)}: ${current.title}`,
          link: `/actions/${current.id}`,
        },
      ]);
      return { saved: { id: current.id, version: input.version + 1 }, ids };
    },
    () => actionConflict(input.id, input.version, { ownerId: { field: "ownerId", value: input.ownerId } }),
  );
  await emailNotifications(ids);
  return saved;
}
