import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { Tx } from "@/lib/db/server/prisma";
import type { ActionStatus } from "@/lib/enums";

/**
 * What a review of an action leaves behind, in the review's transaction (the chair's on the action's
 * page, or the forum's in the meeting): a note on its history, and the audit row with its status and
 * closing time before and after (plus whatever the review adds, in `after`).
 */
export async function recordActionReview(
  tx: Tx,
  {
    actor,
    current,
    note,
    now,
    after,
  }: {
    actor: Actor;
    current: { id: number; status: ActionStatus; closedAt: Date | null };
    note: string;
    now: Date;
    after: { status: ActionStatus; closedAt: Date | null } & Record<string, unknown>;
  },
): Promise<void> {
  await tx.actionUpdate.create({
    data: { actionItemId: current.id, authorId: actor.id, note, createdAt: now },
  });
  await writeAuditBy(tx, actor, {
    event: "action.reviewed",
    entity: { type: "action-item", id: current.id },
    before: { status: current.status, closedAt: current.closedAt },
    after,
  });
}
