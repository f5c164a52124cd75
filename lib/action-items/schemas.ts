import { z } from "zod";
import { requiredDbDayText } from "@/lib/dates/day-schema";
import { OWNER_STATUSES, REVIEW_OUTCOMES } from "@/lib/action-items/rules";
import { recordIdSchema as recordId, editOf } from "@/lib/ids/record-id";
import { requiredText } from "@/lib/text/required-text";

// Shared by the action forms (zodResolver) and the server actions. Client-safe. Rules that need
// the database (owner active and in remit, due date against today, status transitions) are checked
// by the data functions and come back as field errors on the same field names.

const optionalId = z
  .union([z.literal(""), z.null(), z.undefined(), recordId])
  .transform((v) => (v === "" || v == null ? null : Number(v)));

/** The due date (the date input's "YYYY-MM-DD") → the `@db.Date` value (UTC midnight). */
const dueOn = requiredDbDayText({
  required: "Enter the due date",
  invalid: "Due date must be a real date",
  incomplete: "Due date must include a day, month and year",
});

const ownerId = z
  .string()
  .trim()
  .max(12)
  .regex(/^\d+$/, "Select who owns the action")
  .transform((v) => Number(v));

export const raiseActionFormSchema = z.object({
  title: requiredText(300, "Enter what must be done", "Action"),
  description: z.string().trim().max(4000, "Detail must be 4,000 characters or fewer"),
  ownerId,
  dueOn,
  // The decision it came from, when there is one (the decision log links to its actions).
  decisionId: z.string().trim().max(12),
});
export type RaiseActionFormValues = z.input<typeof raiseActionFormSchema>;

/** Raised during a meeting, from an agenda item: the case and person come from the item. */
export const raiseActionSchema = raiseActionFormSchema
  .omit({ decisionId: true })
  .extend({ agendaItemId: recordId, decisionId: optionalId });
export type RaiseActionInput = z.output<typeof raiseActionSchema>;

export const progressFormSchema = z.object({
  status: z.enum(OWNER_STATUSES, "Select the action's status"),
  note: z.string().trim().max(4000, "Progress note must be 4,000 characters or fewer"),
  resultNote: z.string().trim().max(4000, "Result must be 4,000 characters or fewer"),
  notPossibleReason: z.string().trim().max(4000, "Reason must be 4,000 characters or fewer"),
});
export type ProgressFormValues = z.input<typeof progressFormSchema>;
export const updateActionProgressSchema = editOf(progressFormSchema);
export type UpdateActionProgressInput = z.output<typeof updateActionProgressSchema>;

export const reviewFormSchema = z.object({
  outcome: z.enum(REVIEW_OUTCOMES, "Select whether it was not possible or not done"),
  note: z.string().trim().max(4000, "Note must be 4,000 characters or fewer"),
});
export type ReviewFormValues = z.input<typeof reviewFormSchema>;
export const reviewActionSchema = editOf(reviewFormSchema);
export type ReviewActionInput = z.output<typeof reviewActionSchema>;

export const reassignFormSchema = z.object({ ownerId });
export type ReassignActionFormValues = z.input<typeof reassignFormSchema>;
export const reassignActionSchema = editOf(reassignFormSchema);
export type ReassignActionInput = z.output<typeof reassignActionSchema>;
