import { z } from "zod";
import { recordIdSchema as recordId } from "@/lib/ids/record-id";
import { requiredText } from "@/lib/text/required-text";

// Recording a decision on an agenda item, and searching the decision log. Client-safe.

export const decisionFormSchema = z.object({
  text: requiredText(2000, "Enter the decision", "Decision"),
  rationale: requiredText(4000, "Enter the rationale for the decision", "Rationale"),
  /** The case comes back to the next meeting as a scrutiny item of its own (issue 12). */
  returnToForum: z.boolean().optional().default(false),
});
export type DecisionFormValues = z.input<typeof decisionFormSchema>;
export const recordDecisionSchema = z.object({ agendaItemId: recordId }).and(decisionFormSchema);
// Data functions may be called without returnToForum (it then defaults to false).
export type RecordDecisionInput = Omit<z.output<typeof recordDecisionSchema>, "returnToForum"> & {
  returnToForum?: boolean;
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalId = z.preprocess(one, recordId.optional().catch(undefined));

/** The decision log's search, from the URL: by meeting, case (crime reference or id) and person. */
export const decisionSearchSchema = z.object({
  meeting: optionalId,
  case: z.preprocess(one, z.string().trim().max(40).optional().catch(undefined)),
  person: z.preprocess(one, z.string().trim().max(100).optional().catch(undefined)),
  q: z.preprocess(one, z.string().trim().max(200).optional().catch(undefined)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1_000_000).catch(1)),
});
export type DecisionSearch = z.output<typeof decisionSearchSchema>;
