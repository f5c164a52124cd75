import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { requiredDbDayText } from "@/lib/dates/day-schema";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { recordIdSchema as recordId, editOf } from "@/lib/ids/record-id";

// Shared by the referral forms (zodResolver) and their actions. Client-safe. Rules that need the
// saved referral (the lifecycle, dates against the last change, an inactive provider) are checked
// by the data functions with lib/referrals/rules.ts and come back as field errors.

/** A date input's value ("YYYY-MM-DD") → the `@db.Date` value (UTC midnight); referrals start in 2000. */
const dayInput = (name: string) =>
  requiredDbDayText(
    {
      required: `Enter the ${name}`,
      invalid: `The ${name} must be a real date`,
      incomplete: `The ${name} must include a day, month and year`,
    },
    { minYear: 2000 },
  );

const STATE_VALUES = Object.keys(REFERRAL_STATE_LABELS) as [
  keyof typeof REFERRAL_STATE_LABELS,
  ...(keyof typeof REFERRAL_STATE_LABELS)[],
];

export const referralFormSchema = z.object({
  personId: z.string().trim().max(12).regex(/^\d+$/, "Select the person to refer").transform(Number),
  // One select of "provider id:pathway", so the pathway always belongs to the provider chosen.
  route: z
    .string()
    .trim()
    .max(300)
    .regex(/^\d+:.+$/, "Select a provider and pathway")
    .transform((v) => ({
      providerId: Number(v.slice(0, v.indexOf(":"))),
      pathway: v.slice(v.indexOf(":") + 1),
    })),
  reason: requiredText(1000, "Enter the reason for the referral", "Reason"),
  referredOn: dayInput("referral date"),
});
export type ReferralFormValues = z.input<typeof referralFormSchema>;

export const createReferralSchema = z
  .object({ offenceId: recordId.nullable().default(null) })
  .and(referralFormSchema);
export type CreateReferralInput = z.output<typeof createReferralSchema>;

export const referralUpdateFormSchema = z
  .object({
    // "" = no change of state: a note only.
    toState: z.union([z.literal(""), z.enum(STATE_VALUES)], "Select what happened"),
    occurredOn: dayInput("date"),
    note: z.string().trim().max(2000, "Note must be 2,000 characters or fewer"),
  })
  .superRefine((value, ctx) => {
    if (value.toState === "" && value.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Enter a note, or select a new state" });
    }
  });
export type ReferralUpdateFormValues = z.input<typeof referralUpdateFormSchema>;

export const updateReferralSchema = editOf(referralUpdateFormSchema);
export type UpdateReferralInput = z.output<typeof updateReferralSchema>;
