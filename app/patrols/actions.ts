"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { deploymentCorrectionSchema, deploymentSchema } from "@/lib/patrols/schemas";
import { correctPatrolDeployment } from "@/lib/patrols/server/correct-patrol-deployment";
import { recordPatrolDeployment } from "@/lib/patrols/server/record-patrol-deployment";

export const recordPatrolDeploymentAction = defineAction({
  name: "patrols.record-deployment",
  permission: "patrols.record",
  input: deploymentSchema,
  handler: async ({ actor, input }) => {
    const row = await recordPatrolDeployment({ actor, input });
    revalidatePath("/patrols");
    return row;
  },
});

export const correctPatrolDeploymentAction = defineAction({
  name: "patrols.correct-deployment",
  permission: "patrols.record",
  input: deploymentCorrectionSchema,
  handler: async ({ actor, input }) => {
    const row = await correctPatrolDeployment({ actor, input });
    revalidatePath("/patrols");
    return row;
  },
});
