"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deploymentCorrectionSchema, deploymentSchema } from "@/lib/patrols/schemas";
import { correctPatrolDeployment } from "@/lib/patrols/server/correct-patrol-deployment";
import { recordPatrolDeployment } from "@/lib/patrols/server/record-patrol-deployment";

export const recordPatrolDeploymentAction = defineAction({
  name: "patrols.record-deployment",
  permission: "patrols.record",
  input: deploymentSchema,
  handler: recordPatrolDeployment,
  revalidate: () => ["/patrols"],
});

export const correctPatrolDeploymentAction = defineAction({
  name: "patrols.correct-deployment",
  permission: "patrols.record",
  input: deploymentCorrectionSchema,
  handler: correctPatrolDeployment,
  revalidate: () => ["/patrols"],
});
