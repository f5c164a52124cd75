"use client";

import { TextareaField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { recordDecisionAction } from "@/app/meetings/[id]/run/actions";
import { decisionFormSchema, type DecisionFormValues } from "@/lib/decisions/schemas";

const FIELDS = ["text", "rationale"] as const;

/** Records a decision with its rationale on the item in discussion. Saved on submit. */
export function DecisionForm({ agendaItemId, onCase = false }: { agendaItemId: number; onCase?: boolean }) {
  const router = useRouter();
  const form = useForm<DecisionFormValues, unknown, unknown>({
    resolver: zodResolver(decisionFormSchema),
    shouldFocusError: false,
    defaultValues: { text: "", rationale: "", returnToForum: false },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await recordDecisionAction({ ...form.getValues(), agendaItemId });
    if (!result.ok) return server.apply(result.error);
    form.reset({ text: "", rationale: "", returnToForum: false });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate data-testid="decision-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <TextareaField
        id="text"
        label="Decision"
        field={form.register("text")}
        error={errors.text?.message}
        rows={3}
      />
      <TextareaField
        id="rationale"
        label="Rationale"
        hint="Why the forum decided this."
        field={form.register("rationale")}
        error={errors.rationale?.message}
        rows={3}
      />
      {onCase ? (
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="returnToForum"
                type="checkbox"
                {...form.register("returnToForum")}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="returnToForum">
                Bring this case back to the next meeting for scrutiny
              </label>
            </div>
          </div>
        </div>
      ) : null}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={isSubmitting}
      >
        Record decision
      </button>
    </form>
  );
}
