"use client";

import { TextareaField } from "@/components/forms/fields";
import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { GradingFields } from "@/components/intelligence/grading-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { regradeIntelligenceAction } from "@/app/intelligence/actions";
import {
  REGRADE_FIELDS,
  regradeIntelligenceSchema,
  type RegradeIntelligenceInput,
  type RegradeIntelligenceValues,
} from "@/lib/intelligence/schemas";
import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";
import { Form } from "@/components/forms/form";

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
  const router = useRouter();
  const form = useForm<RegradeIntelligenceValues, unknown, RegradeIntelligenceInput>({
    resolver: zodResolver(regradeIntelligenceSchema),
    shouldFocusError: false,
    defaultValues: {
      id: item.id,
      version: item.version,
      sourceEvaluation: item.sourceEvaluation,
      assessment: item.assessment,
      handlingCode: item.handlingCode,
      handlingConditions: item.handlingConditions ?? "",
      reason: "",
    },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, REGRADE_FIELDS);
  const summary = summaryItems(REGRADE_FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${TITLE} – Captiva Guardian`, summary.length > 0);
  }, [summary.length]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() =>
      regradeIntelligenceAction({ ...form.getValues(), id: item.id, version: item.version }),
    );
    if (result.ok) {
      router.push(`/intelligence/${item.id}?graded=1`);
      router.refresh();
      return;
    }
    server.apply(result.error);
    if (result.error.code === "CONFLICT") router.refresh();
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <span className="govuk-caption-l">{item.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        The current grading stays in the item&apos;s history with who changed it and why.
      </p>
      <Form onSubmit={onSubmit} data-testid="regrade-form">
        <GradingFields register={form.register} errors={errors} />
        <TextareaField
          id="reason"
          label="Reason for the change"
          error={errors.reason?.message}
          field={form.register("reason")}
          rows={3}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
            Save grading
          </button>
          <Link className="govuk-link" href={`/intelligence/${item.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </>
  );
}
