"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addEngagementEntrySchema,
  addStakeholderSchema,
  createEngagementPlanSchema,
  updateEngagementPlanSchema,
} from "@/lib/hotspots/engagement-schemas";
import { addEngagementEntry } from "@/lib/hotspots/server/add-engagement-entry";
import { addEngagementStakeholder } from "@/lib/hotspots/server/add-engagement-stakeholder";
import { createEngagementPlan } from "@/lib/hotspots/server/create-engagement-plan";
import { updateEngagementPlan } from "@/lib/hotspots/server/update-engagement-plan";

// Community engagement plans (issue 17). Every export is a public endpoint: only …Action functions.

// Every change to a plan needs engagement.write and shows on the hotspot's pages and the homes; a
// repeated create leads back to the plan.
const planChange = {
  permission: "engagement.write",
  revalidate: ({ hotspotId }: { hotspotId: number }) => [
    `/hotspots/${hotspotId}`,
    `/hotspots/${hotspotId}/engagement`,
    "/hotspots",
    "/",
  ],
} as const;
const backToPlan = { href: (data: { hotspotId: number }) => `/hotspots/${data.hotspotId}#engagement` };

export const createEngagementPlanAction = defineAction({
  ...planChange,
  name: "engagement-plans.create",
  input: createEngagementPlanSchema,
  handler: createEngagementPlan,
  idempotent: backToPlan,
});

export const updateEngagementPlanAction = defineAction({
  ...planChange,
  name: "engagement-plans.update",
  input: updateEngagementPlanSchema,
  handler: updateEngagementPlan,
});

export const addEngagementStakeholderAction = defineAction({
  ...planChange,
  name: "engagement-plans.add-stakeholder",
  input: addStakeholderSchema,
  handler: addEngagementStakeholder,
  idempotent: backToPlan,
});

export const addEngagementEntryAction = defineAction({
  ...planChange,
  name: "engagement-plans.add-entry",
  input: addEngagementEntrySchema,
  handler: addEngagementEntry,
  idempotent: backToPlan,
});
