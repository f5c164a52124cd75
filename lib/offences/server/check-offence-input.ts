import "server-only";
import { AppError, type FieldErrors } from "@/lib/errors";
import { offenceRuleProblems, type OffenceFormInput } from "@/lib/offences/offence-form-schema";

/**
 * The form's rules again, on parsed input, for data functions reached other than through the
 * action: both dates present and in order, not in the future, knife flag allowed, hotspot in NPU.
 */
export function checkOffenceInput(
  input: OffenceFormInput,
): asserts input is OffenceFormInput & { occurredOn: string; recordedOn: string } {
  const fieldErrors: FieldErrors = {};
  if (!input.occurredOn) fieldErrors.occurredOn = ["Enter the date the offence occurred"];
  if (!input.recordedOn) fieldErrors.recordedOn = ["Enter the date the offence was recorded"];
  for (const problem of offenceRuleProblems(input)) (fieldErrors[problem.field] ??= []).push(problem.message);
  if (input.crimeReference.length > 30 || !/^[A-Z0-9/-]+$/.test(input.crimeReference)) {
    fieldErrors.crimeReference = [
      "Crime reference must only include letters, numbers, slashes (/) and hyphens (-)",
    ];
  }
  if (input.summary.length > 2_000) fieldErrors.summary = ["Summary must be 2,000 characters or fewer"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
}
