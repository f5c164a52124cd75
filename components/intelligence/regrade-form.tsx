"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextareaField } from "@/components/forms/fields";
import { GradingFields } from "@/components/intelligence/grading-fields";
import { regradeIntelligenceAction } from "@/app/intelligence/actions";
import { REGRADE_FIELDS } from "@/lib/intelligence/form-fields";
import type { RegradeIntelligenceValues } from "@/lib/intelligence/schemas";
import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";
import { FormFrame } from "@/components/forms/form-frame";

const TITLE = "Re-grade intelligence";

type Props = {
  item: {
    id: number;
    reference: string;
    version: number;
    sourceEvaluation: SourceEvaluation;
    assessment: IntelAssessment;
    handlingCode: HandlingCode;
    handlingConditions: string | null;
  };
};

/**
 * An analyst's re-grading. Sends the version the page was rendered with; a CONFLICT (someone
 * re-graded meanwhile) says what the grading is now and refreshes the page, so the next save carries
 * the new version, while the form keeps what the analyst chose.
 */
export function RegradeForm({ item }: Props) {
  const action = useFormAction<RegradeIntelligenceValues>({
    schema: () => import("@/lib/intelligence/schemas").then((m) => m.regradeIntelligenceSchema),
    defaults: {
      id: item.id,
      version: item.version,
      sourceEvaluation: item.sourceEvaluation,
      assessment: item.assessment,
      handlingCode: item.handlingCode,
      handlingConditions: item.handlingConditions ?? "",
      reason: "",
    },
    fields: REGRADE_FIELDS,
    title: TITLE,
    submit: (values) => regradeIntelligenceAction({ ...values, id: item.id, version: item.version }),
    done: `/intelligence/${item.id}?graded=1`,
  });

  const { form, errors } = action;

  return (
    <FormFrame
      form={action}
      testId="regrade-form"
      heading={
        <>
          <span className="govuk-caption-l">{item.reference}</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            The current grading stays in the item&apos;s history with who changed it and why.
          </p>
        </>
      }
      submit="Save grading"
      cancelHref={`/intelligence/${item.id}`}
    >
      <GradingFields register={form.register} errors={errors} />
      <TextareaField
        id="reason"
        label="Reason for the change"
        error={errors.reason?.message}
        field={form.register("reason")}
        rows={3}
      />
    </FormFrame>
  );
}
