import { z } from "zod";
import { requiredDayText } from "@/lib/dates/day-schema";

export const harmWeightSchema = z.object({
  offenceCode: z.string().trim().min(1, "Select an offence code").max(8),
  weight: z.coerce
    .number({ message: "Enter the weight as a number of days" })
    .min(0, "The weight cannot be negative")
    .max(100_000, "The weight must be 100,000 days or fewer"),
  effectiveFrom: requiredDayText({
    required: "Enter the date the weight applies from",
    invalid: "The date the weight applies from must be a real date",
  }),
  source: z
    .string()
    .trim()
    .min(3, "Say where the weight comes from")
    .max(300, "Keep the source under 300 characters"),
  // Why the weight changes: kept in the audit row beside the old and new weights.
  reason: z
    .string()
    .trim()
    .min(3, "Give the reason for the change")
    .max(500, "Keep the reason under 500 characters"),
});
export type HarmWeightFormValues = z.input<typeof harmWeightSchema>;
export type HarmWeightInput = z.output<typeof harmWeightSchema>;
