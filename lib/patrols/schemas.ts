import { z } from "zod";
import { parseHotspotCodes } from "@/lib/patrols/evaluation";
import { periodStartingOn } from "@/lib/patrols/periods";

// The randomised deployment of a tactical period (issue 17): the hotspot codes of each arm, as the
// randomisation lists them. Shared by the form and the actions.

const codes = (arm: string) =>
  z
    .string()
    .max(5000, "The list must be 5000 characters or fewer")
    .refine((v) => parseHotspotCodes(v).length > 0, `Enter the ${arm} hotspots' codes`);

export const deploymentSchema = z
  .object({
    periodStart: z
      .string()
      .max(10)
      .refine((v) => periodStartingOn(v) !== null, "Choose a tactical period"),
    treatment: codes("treatment"),
    control: codes("control"),
  })
  .superRefine((value, ctx) => {
    const treatment = new Set(parseHotspotCodes(value.treatment));
    const both = parseHotspotCodes(value.control).filter((c) => treatment.has(c));
    if (both.length)
      ctx.addIssue({
        code: "custom",
        path: ["control"],
        message: `A hotspot is either treatment or control, not both: ${both.join(", ")}`,
      });
  });
export type DeploymentFormValues = z.input<typeof deploymentSchema>;

export const deploymentCorrectionSchema = z.intersection(
  deploymentSchema,
  z.object({
    reason: z
      .string()
      .trim()
      .min(10, "Say why the deployment is corrected (at least 10 characters)")
      .max(2000, "The reason must be 2000 characters or fewer"),
  }),
);
export type DeploymentCorrectionFormValues = z.input<typeof deploymentCorrectionSchema>;
