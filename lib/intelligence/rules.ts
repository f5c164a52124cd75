import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";

// Intelligence grading 3x5x2 (College of Policing APP; docs/domain.md): source evaluation 1-3,
// intelligence assessment A-E, handling code P or C. Client-safe: forms, pages and data functions
// share these lists, labels and the notation.

export const SOURCE_EVALUATIONS = ["S1", "S2", "S3"] as const satisfies readonly SourceEvaluation[];
export const INTEL_ASSESSMENTS = ["A", "B", "C", "D", "E"] as const satisfies readonly IntelAssessment[];
export const HANDLING_CODES = ["P", "C"] as const satisfies readonly HandlingCode[];

export const SOURCE_LABELS: Record<SourceEvaluation, string> = {
  S1: "1 – reliable",
  S2: "2 – untested",
  S3: "3 – not reliable",
};
export const ASSESSMENT_LABELS: Record<IntelAssessment, string> = {
  A: "A – known directly to the source",
  B: "B – known indirectly, corroborated",
  C: "C – known indirectly",
  D: "D – not known",
  E: "E – suspected to be false",
};
export const HANDLING_LABELS: Record<HandlingCode, string> = {
  P: "P – lawful sharing permitted",
  C: "C – lawful sharing permitted with conditions (restricted)",
};

export type Grading = {
  sourceEvaluation: SourceEvaluation;
  assessment: IntelAssessment;
  handlingCode: HandlingCode;
};

/** The standard notation the forum reads, e.g. "2 B P". */
export function formatGrading(grading: Grading): string {
  return `${grading.sourceEvaluation.slice(1)} ${grading.assessment} ${grading.handlingCode}`;
}

export const MISSING_CONDITIONS =
  "Enter the handling conditions: a C-coded item cannot be recorded without them";
export const OUTSIDE_GRADING = "Grading must be 3x5x2: source 1, 2 or 3; assessment A to E; handling P or C";

/**
 * What is wrong with a grading, by field; empty when it may be saved. Checked by the zod schema (the
 * form) and again by the data functions (anything that reaches them another way).
 */
export function gradingProblems(input: {
  sourceEvaluation: unknown;
  assessment: unknown;
  handlingCode: unknown;
  handlingConditions?: string | null;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!(SOURCE_EVALUATIONS as readonly unknown[]).includes(input.sourceEvaluation))
    problems.sourceEvaluation = OUTSIDE_GRADING;
  if (!(INTEL_ASSESSMENTS as readonly unknown[]).includes(input.assessment))
    problems.assessment = OUTSIDE_GRADING;
  if (!(HANDLING_CODES as readonly unknown[]).includes(input.handlingCode))
    problems.handlingCode = OUTSIDE_GRADING;
  if (input.handlingCode === "C" && !(input.handlingConditions ?? "").trim())
    problems.handlingConditions = MISSING_CONDITIONS;
  return problems;
}

/** Conditions belong to C-coded items only: a P-coded item keeps none. */
export function conditionsFor(
  handlingCode: HandlingCode,
  conditions: string | null | undefined,
): string | null {
  return handlingCode === "C" ? (conditions ?? "").trim() || null : null;
}
