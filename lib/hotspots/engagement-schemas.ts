import { z } from "zod";
import { requiredDayText, dayText } from "@/lib/dates/day-schema";
import { MAX_RECORD_ID, recordIdSchema as recordId, editOf } from "@/lib/ids/record-id";
import { STAKEHOLDER_KINDS, ENGAGEMENT_KINDS } from "@/lib/hotspots/engagement-fields";

export * from "@/lib/hotspots/engagement-fields";

// The community engagement plan's forms (issue 17, seed paragraph 30), shared by the forms and the
// actions. Client-safe: imports nothing server-side.

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}`).max(max, `The ${label} must be ${max} characters or fewer`);

// A select's value: the officer's id as text.
const officer = (message: string) =>
  z
    .string()
    .trim()
    .max(10, message)
    .regex(/^[1-9]\d*$/, message)
    .transform(Number)
    .pipe(z.number().int().max(MAX_RECORD_ID, message));

const nextUpdateDue = requiredDayText(
  {
    required: "Enter the date the next update to the community is due",
    invalid: "The date the next update is due must be a real date",
  },
  { minYear: 2000, maxYear: 2100 },
);

export const engagementPlanFormSchema = z.object({
  ownerId: officer("Select the officer who owns the plan"),
  aims: text("plan's aims", 2000),
  nextUpdateDue,
});
export type EngagementPlanFormValues = z.input<typeof engagementPlanFormSchema>;
export type EngagementPlanFormOutput = z.output<typeof engagementPlanFormSchema>;

export const createEngagementPlanSchema = z.object({ hotspotId: recordId }).and(engagementPlanFormSchema);
export const updateEngagementPlanSchema = editOf(engagementPlanFormSchema);

export const stakeholderFormSchema = z.object({
  kind: z.enum(STAKEHOLDER_KINDS, "Select the kind of stakeholder"),
  name: text("stakeholder's name", 120),
  contactRole: text("contact's role", 120),
});
export type StakeholderFormValues = z.input<typeof stakeholderFormSchema>;
export const addStakeholderSchema = z.object({ planId: recordId }).and(stakeholderFormSchema);

export const engagementEntryFormSchema = z
  .object({
    kind: z.enum(ENGAGEMENT_KINDS, "Select what took place"),
    heldOn: requiredDayText(
      { required: "Enter the date it took place", invalid: "The date it took place must be a real date" },
      { minYear: 2000, maxYear: 2100 },
    ),
    ownerId: officer("Select the officer who owns it"),
    summary: text("summary", 2000),
    communityAsked: z
      .string()
      .trim()
      .max(2000, "What the community asked for must be 2,000 characters or fewer"),
    // When given, the plan's next update due moves to it (in the same transaction).
    nextUpdateDue: dayText(
      { required: "", invalid: "The date the next update is due must be a real date" },
      { optional: true, minYear: 2000, maxYear: 2100 },
    ),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CONSULTATION" && v.communityAsked === "")
      ctx.addIssue({
        code: "custom",
        path: ["communityAsked"],
        message: "Enter what the community asked for at the consultation",
      });
  });
export type EngagementEntryFormValues = z.input<typeof engagementEntryFormSchema>;
export type EngagementEntryFormOutput = z.output<typeof engagementEntryFormSchema>;
export const addEngagementEntrySchema = z.object({ planId: recordId }).and(engagementEntryFormSchema);
