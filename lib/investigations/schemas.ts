import { z } from "zod";
import { dbDayText } from "@/lib/dates/day-schema";
import { INVESTIGATION_STATUSES, isKnownOutcomeCode } from "@/lib/investigations/rules";
import { recordIdSchema as recordId, editOf } from "@/lib/ids/record-id";
import { requiredText } from "@/lib/text/required-text";
import { optionalChoice } from "@/lib/text/optional-choice";

// Shared by the investigation forms (zodResolver) and the actions. Client-safe: imports nothing
// server-side. Form fields are strings (selects, radios and date inputs give strings), so the input
// type is what the form holds and the output is what the data layer wants. Rules that need the
// record (dates against the offence, status transitions) are checked by the data function with
// lib/investigations/rules.ts and come back as field errors.

/** A date input's value (shared with the group forms): "" for none, else a real day → the `@db.Date` value (UTC midnight). */
export const optionalDate = (name: string) =>
  dbDayText(
    {
      required: `Enter the ${name.toLowerCase()}`,
      invalid: `${name} must be a real date`,
      incomplete: `${name} must include a day, month and year`,
    },
    { optional: true, minYear: 1900 },
  );

const knownOutcome = (text: string) =>
  /^\d+$/.test(text) && isKnownOutcomeCode(Number(text)) ? Number(text) : null;
const outcomeCode = optionalChoice(3, knownOutcome, "Select an outcome from the Home Office list");

export const investigationFormSchema = z
  .object({
    status: z.enum(INVESTIGATION_STATUSES, "Select a status"),
    outcomeCode,
    outcomeOn: optionalDate("Outcome date"),
    chargedOn: optionalDate("Charge date"),
    nextReviewOn: optionalDate("Next review date"),
    knifeRecovered: z
      .enum(["yes", "no"], "Select whether a knife was recovered")
      .transform((v) => v === "yes"),
    flagged: z.boolean(),
    scrutinyReason: z.string().trim().max(500, "Reason must be 500 characters or fewer"),
  })
  .superRefine((value, ctx) => {
    if (value.flagged && value.scrutinyReason === "") {
      ctx.addIssue({
        code: "custom",
        path: ["scrutinyReason"],
        message: "Enter why the case needs scrutiny",
      });
    }
  });
export type InvestigationFormValues = z.input<typeof investigationFormSchema>;

/** The form plus the record and the versions the editor saw (optimistic concurrency). */
export const updateInvestigationSchema = z
  .object({ id: recordId, version: recordId, offenceVersion: recordId })
  .and(investigationFormSchema);
export type UpdateInvestigationInput = z.output<typeof updateInvestigationSchema>;

export const investigationUpdateFormSchema = z.object({
  body: requiredText(4000, "Enter the update", "Update"),
});
export type InvestigationUpdateFormValues = z.input<typeof investigationUpdateFormSchema>;

export const addInvestigationUpdateSchema = z.object({ id: recordId }).and(investigationUpdateFormSchema);
export type AddInvestigationUpdateInput = z.output<typeof addInvestigationUpdateSchema>;

export const reassignFormSchema = z.object({
  oicId: z
    .string()
    .trim()
    .max(12)
    .regex(/^\d+$/, "Select the new officer in charge")
    .transform((v) => Number(v)),
});
export type ReassignFormValues = z.input<typeof reassignFormSchema>;

export const reassignInvestigationSchema = editOf(reassignFormSchema);
export type ReassignInvestigationInput = z.output<typeof reassignInvestigationSchema>;
