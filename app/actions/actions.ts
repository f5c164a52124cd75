"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  reassignActionSchema,
  reviewActionSchema,
  updateActionProgressSchema,
} from "@/lib/action-items/schemas";
import { updateActionProgress } from "@/lib/action-items/server/update-action-progress";
import { reviewAction } from "@/lib/action-items/server/review-action";
import { reassignAction } from "@/lib/action-items/server/reassign-action";

// Forum actions: the owner's progress, the chair's review, reassignment. Only …Action exports; the
// data functions enforce the row rules (owner, remit) again.

function revalidateAction(id: number) {
  revalidatePath(`/actions/${id}`);
  revalidatePath("/actions");
  revalidatePath("/");
}

export const updateActionProgressAction = defineAction({
  name: "actions.update-progress",
  permission: "actions.update.own",
  input: updateActionProgressSchema,
  handler: async ({ actor, input }) => {
    const saved = await updateActionProgress({ actor, input });
    revalidateAction(saved.id);
    return saved;
  },
});

export const reviewActionAction = defineAction({
  name: "actions.review",
  permission: "actions.manage",
  input: reviewActionSchema,
  handler: async ({ actor, input }) => {
    const saved = await reviewAction({ actor, input });
    revalidateAction(saved.id);
    return saved;
  },
});

export const reassignActionAction = defineAction({
  name: "actions.reassign",
  permission: "actions.reassign",
  input: reassignActionSchema,
  handler: async ({ actor, input }) => {
    const saved = await reassignAction({ actor, input });
    revalidateAction(saved.id);
    return saved;
  },
});
