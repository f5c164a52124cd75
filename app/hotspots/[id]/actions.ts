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

const pages = (hotspotId: number) => [
  `/hotspots/${hotspotId}`,
  `/hotspots/${hotspotId}/engagement`,
  "/hotspots",
  "/",
];

export const createEngagementPlanAction = defineAction({
  name: "engagement-plans.create",
  permission: "engagement.write",
  input: createEngagementPlanSchema,
  handler: createEngagementPlan,
  revalidate: (result) => pages(result.hotspotId),
  idempotent: { href: (data) => `/hotspots/${data.hotspotId}#engagement` },
});

export const updateEngagementPlanAction = defineAction({
  name: "engagement-plans.update",
  permission: "engagement.write",
  input: updateEngagementPlanSchema,
  handler: updateEngagementPlan,
  revalidate: (result) => pages(result.hotspotId),
});

export const addEngagementStakeholderAction = defineAction({
  name: "engagement-plans.add-stakeholder",
  permission: "engagement.write",
  input: addStakeholderSchema,
  handler: addEngagementStakeholder,
  revalidate: (result) => pages(result.hotspotId),
  idempotent: { href: (data) => `/hotspots/${data.hotspotId}#engagement` },
});

export const addEngagementEntryAction = defineAction({
  name: "engagement-plans.add-entry",
  permission: "engagement.write",
  input: addEngagementEntrySchema,
  handler: addEngagementEntry,
  revalidate: (result) => pages(result.hotspotId),
  idempotent: { href: (data) => `/hotspots/${data.hotspotId}#engagement` },
});
