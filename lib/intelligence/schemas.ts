import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { recordIdSchema as id } from "@/lib/ids/record-id";
import { dayPartsField } from "@/lib/dates/day-schema";
import {
  INTEL_ASSESSMENTS,
  HANDLING_CODES,
  MISSING_CONDITIONS,
  SOURCE_EVALUATIONS,
} from "@/lib/intelligence/rules";

export * from "@/lib/intelligence/form-fields";

// The intelligence forms and actions: one schema each, shared by react-hook-form (zodResolver) and
// the server action. Client-safe. The grading is 3x5x2 and nothing else; a C code needs conditions.

export const TEXT_MAX = 4_000;
export const CONDITIONS_MAX = 1_000;
export const LOCATION_MAX = 200;
export const REASON_MAX = 500;
export const MAX_LINKS = 20;

const gradingShape = {
  sourceEvaluation: z.enum(SOURCE_EVALUATIONS, "Select the source evaluation (1, 2 or 3)"),
  assessment: z.enum(INTEL_ASSESSMENTS, "Select the intelligence assessment (A to E)"),
  handlingCode: z.enum(HANDLING_CODES, "Select the handling code (P or C)"),
  handlingConditions: z
    .string()
    .trim()
    .max(
      CONDITIONS_MAX,
      `Handling conditions must be ${CONDITIONS_MAX.toLocaleString("en-GB")} characters or fewer`,
    )
    .default(""),
};

/**
 * A C code without conditions, checked even when other fields are wrong too (zod skips object
 * refinements after a field fails unless told otherwise), so every problem shows at once.
 */
function requireConditions<T extends z.ZodType>(schema: T) {
  return schema.refine(
    (v) => {
      const value = v as { handlingCode?: unknown; handlingConditions?: unknown };
      return (
        value.handlingCode !== "C" ||
        (typeof value.handlingConditions === "string" && value.handlingConditions.trim().length > 0)
      );
    },
    {
      path: ["handlingConditions"],
      message: MISSING_CONDITIONS,
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    },
  );
}

const ids = (what: string) =>
  z.array(id).max(MAX_LINKS, `Link no more than ${MAX_LINKS} ${what}`).default([]);

export const submitIntelligenceSchema = requireConditions(
  z.object({
    receivedOn: dayPartsField("date the intelligence was received"),
    text: requiredText(TEXT_MAX, "Enter the sanitised intelligence text", "Intelligence text"),
    locationText: z
      .string()
      .trim()
      .max(LOCATION_MAX, `Location must be ${LOCATION_MAX} characters or fewer`)
      .default(""),
    ...gradingShape,
    personIds: ids("people"),
    offenceIds: ids("offences"),
    groupIds: ids("groups"),
  }),
);
export type SubmitIntelligenceValues = z.input<typeof submitIntelligenceSchema>;
export type SubmitIntelligenceInput = z.output<typeof submitIntelligenceSchema>;

export const regradeIntelligenceSchema = requireConditions(
  z.object({
    id,
    version: z.coerce.number().int().positive(),
    ...gradingShape,
    reason: requiredText(REASON_MAX, "Enter why the grading is changing", "Reason"),
  }),
);
export type RegradeIntelligenceValues = z.input<typeof regradeIntelligenceSchema>;
export type RegradeIntelligenceInput = z.output<typeof regradeIntelligenceSchema>;

export const LINK_KINDS = ["person", "offence", "group"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Link (linked: true) or unlink one person, offence or group. */
export const changeIntelligenceLinkSchema = z.object({
  itemId: id,
  kind: z.enum(LINK_KINDS),
  targetId: id,
  linked: z.boolean(),
});
export type ChangeIntelligenceLinkInput = z.output<typeof changeIntelligenceLinkSchema>;

/** The search behind "link a person" (by name) and "link an offence" (by crime reference). */
export const findLinkTargetsSchema = z.object({
  kind: z.enum(["person", "offence"]),
  query: z.string().trim().min(2, "Enter at least 2 characters").max(80, "Enter 80 characters or fewer"),
});
export type FindLinkTargetsInput = z.output<typeof findLinkTargetsSchema>;
export type LinkTarget = { kind: LinkKind; id: number; label: string; detail: string };
