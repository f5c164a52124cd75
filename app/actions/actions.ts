"use server";

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

const actionPages = (saved: { id: number }) => [`/actions/${saved.id}`, "/actions", "/"];

export const updateActionProgressAction = defineAction({
  name: "actions.update-progress",
  permission: "actions.update.own",
  input: updateActionProgressSchema,
  handler: updateActionProgress,
  revalidate: actionPages,
});

export const reviewActionAction = defineAction({
  name: "actions.review",
  permission: "actions.manage",
  input: reviewActionSchema,
  handler: reviewAction,
  revalidate: actionPages,
});

export const reassignActionAction = defineAction({
  name: "actions.reassign",
  permission: "actions.reassign",
  input: reassignActionSchema,
  handler: reassignAction,
  revalidate: actionPages,
});
