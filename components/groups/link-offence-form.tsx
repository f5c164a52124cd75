"use client";

import { TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { linkGroupOffenceAction } from "@/app/groups/[id]/actions";
import { linkOffenceFormSchema, type LinkOffenceFormValues } from "@/lib/groups/schemas";
import { Form } from "@/components/forms/form";

export function LinkOffenceForm({ groupId, groupName }: { groupId: number; groupName: string }) {
  const title = "Link an offence";
  const { form, errors, summary, onSubmit, focusKey } = useFormAction<LinkOffenceFormValues>({
    schema: linkOffenceFormSchema,
    defaults: { crimeReference: "" },
    fields: ["crimeReference"],
    title,
    submit: (values) => linkGroupOffenceAction({ ...values, groupId }),
    done: `/groups/${groupId}?saved=offence#offences`,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        <span className="govuk-caption-l">{groupName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <Form onSubmit={onSubmit} data-testid="link-offence-form">
          <TextField
            id="crimeReference"
            label="Crime reference"
            widthClass="govuk-input--width-20"
            field={form.register("crimeReference")}
            error={errors.crimeReference?.message}
          />
          <button
            type="submit"
            className="govuk-button"
            data-module="govuk-button"
            disabled={form.formState.isSubmitting}
          >
            Link offence
          </button>
        </Form>
      </div>
    </div>
  );
}
