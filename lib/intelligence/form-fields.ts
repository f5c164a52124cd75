// The intelligence forms' fields and empty values: what the browser needs of the form, with no zod (issue
// 15: a form page loads zod only when the user starts on it). lib/intelligence/schemas.ts imports these and
// re-exports them.

import { EMPTY_DAY_PARTS } from "@/lib/dates/day";
import type { SubmitIntelligenceValues } from "@/lib/intelligence/schemas";

export const SUBMIT_FIELDS = [
  "receivedOn",
  "text",
  "locationText",
  "sourceEvaluation",
  "assessment",
  "handlingCode",
  "handlingConditions",
] as const;

export const REGRADE_FIELDS = [
  "sourceEvaluation",
  "assessment",
  "handlingCode",
  "handlingConditions",
  "reason",
] as const;

export function emptySubmitIntelligence(): SubmitIntelligenceValues {
  return {
    receivedOn: EMPTY_DAY_PARTS,
    text: "",
    locationText: "",
    sourceEvaluation: "" as never,
    assessment: "" as never,
    handlingCode: "" as never,
    handlingConditions: "",
    personIds: [],
    offenceIds: [],
    groupIds: [],
  };
}
