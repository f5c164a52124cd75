import { labelledOptions } from "@/components/forms/options";
import { RadiosField, TextareaField } from "@/components/forms/fields";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import {
  ASSESSMENT_LABELS,
  HANDLING_LABELS,
  INTEL_ASSESSMENTS,
  HANDLING_CODES,
  SOURCE_EVALUATIONS,
  SOURCE_LABELS,
} from "@/lib/intelligence/rules";

// The 3x5x2 grading, for the submission and re-grading forms: one radio group each, and the
// handling conditions a C code must carry.

type GradingValues = {
  sourceEvaluation: string;
  assessment: string;
  handlingCode: string;
  handlingConditions?: string;
};

export function GradingFields<T extends GradingValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  // The four names exist on every form that uses this component.
  const reg = register as unknown as UseFormRegister<GradingValues>;
  const err = errors as FieldErrors<GradingValues>;
  return (
    <>
      <RadiosField
        id="sourceEvaluation"
        legend="Source evaluation"
        error={err.sourceEvaluation?.message}
        field={reg("sourceEvaluation")}
        options={labelledOptions(SOURCE_EVALUATIONS, SOURCE_LABELS)}
      />
      <RadiosField
        id="assessment"
        legend="Intelligence assessment"
        error={err.assessment?.message}
        field={reg("assessment")}
        options={labelledOptions(INTEL_ASSESSMENTS, ASSESSMENT_LABELS)}
      />
      <RadiosField
        id="handlingCode"
        legend="Handling code"
        hint="C-coded items are restricted: only the chair and analysts can read them."
        error={err.handlingCode?.message}
        field={reg("handlingCode")}
        options={labelledOptions(HANDLING_CODES, HANDLING_LABELS)}
      />
      <TextareaField
        id="handlingConditions"
        label="Handling conditions"
        hint="Required for a C code. Shown wherever the item is shown."
        error={err.handlingConditions?.message}
        field={reg("handlingConditions")}
        rows={3}
      />
    </>
  );
}
