import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { recordActionReview } from "@/lib/action-items/server/record-action-review";
import { AppError } from "@/lib/errors";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { isAwaitingReview, isLiveAction } from "@/lib/action-items/rules";
import type { ReviewActionInput } from "@/lib/action-items/schemas";
import { actionConflict } from "@/lib/action-items/server/stale-action";
import { actionToChange } from "@/lib/action-items/server/action-to-change";

/**
 * The chair's review (MARAC practice): an action its owner said was "not possible" is recorded as
 * really not possible, or as not done; a live action nobody completed can be closed as not done.
 * Either way the action is closed.
 */
export async function reviewAction({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<ReviewActionInput>): Promise<{ id: number; version: number }> {
  const { current } = await actionToChange(actor, "actions.manage", input.id);
  if (current.version !== input.version)
    return actionConflict(input.id, input.version, { status: { field: "outcome", value: input.outcome } });
  const awaiting = isAwaitingReview(current);
  if (!awaiting && !isLiveAction(current.status)) {
    throw new AppError("VALIDATION", { fieldErrors: { outcome: ["This action is already closed"] } });
  }
  if (input.outcome === "NOT_POSSIBLE" && !awaiting) {
    throw new AppError("VALIDATION", {
      fieldErrors: {
        outcome: [
          "Only an action its owner said was not possible, with a reason, can be closed as not possible",
        ],
      },
    });
  }
  const label = input.outcome === "NOT_POSSIBLE" ? "not possible" : "not done";
  return versionedTransaction(
    async (tx) => {
      const written = await tx.actionItem.updateMany({
        where: { id: current.id, version: input.version },
        data: { status: input.outcome, closedAt: now, version: { increment: 1 } },
      });
      claimVersion(written);
      await recordActionReview(tx, {
        actor,
        current,
        note: [`Chair's review: ${label}.`, input.note].filter(Boolean).join(" "),
        now,
        after: { status: input.outcome, closedAt: now },
      });
      return { id: current.id, version: input.version + 1 };
    },
    () => actionConflict(input.id, input.version, { status: { field: "outcome", value: input.outcome } }),
  );
}
