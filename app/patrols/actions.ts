"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deploymentCorrectionSchema, deploymentSchema } from "@/lib/patrols/schemas";
import { correctPatrolDeployment } from "@/lib/patrols/server/correct-patrol-deployment";
import { recordPatrolDeployment } from "@/lib/patrols/server/record-patrol-deployment";

// Recording or correcting a deployment needs patrols.record and shows on the patrols page.
const deploymentChange = { permission: "patrols.record", revalidate: () => ["/patrols"] } as const;

export const recordPatrolDeploymentAction = defineAction({
  ...deploymentChange,
  name: "patrols.record-deployment",
  input: deploymentSchema,
  handler: recordPatrolDeployment,
});

export const correctPatrolDeploymentAction = defineAction({
  ...deploymentChange,
  name: "patrols.correct-deployment",
  input: deploymentCorrectionSchema,
  handler: correctPatrolDeployment,
});
