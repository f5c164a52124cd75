import { z } from "zod";
import { editOf } from "@/lib/ids/record-id";

// The provider directory form (administrators), shared by the form and the actions. Client-safe.

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}`).max(max, `The ${label} must be ${max} characters or fewer`);

export const providerFormSchema = z.object({
  name: text("provider's name", 120),
  type: text("type of provider", 200),
  // One pathway a line: the form is a textarea, the database an array.
  pathways: z
    .string()
    .max(2000, "Pathways must be 2,000 characters or fewer")
    .transform((v) => [
      ...new Set(
        v
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(120, "Each pathway must be 120 characters or fewer"))
        .min(1, "Enter at least one pathway"),
    ),
  areaCovered: text("area covered", 300),
  contactRoute: text("contact route", 300),
  active: z.enum(["yes", "no"], "Select whether the provider takes referrals").transform((v) => v === "yes"),
});
export type ProviderFormValues = z.input<typeof providerFormSchema>;
export type ProviderFormOutput = z.output<typeof providerFormSchema>;

export const createProviderSchema = providerFormSchema;
export const updateProviderSchema = editOf(providerFormSchema);
