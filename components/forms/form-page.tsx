"use client";

import type { ReactNode } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { Form, type FormProps } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import type { AlreadyDone } from "@/lib/actions/action-result";

// A form that is the whole page, in the two-thirds column: the error summary above the heading,
// the record it belongs to as a caption, and the "already saved" banner under the form. The form
// hook's answer (`useFormAction`) is passed as it is.

type Props = {
  title: string;
  /** The record the form belongs to (a group's name), shown above the heading. */
  caption?: string;
  testId: string;
  /** Words between the heading and the form. */
  intro?: ReactNode;
  form: {
    summary: ErrorSummaryItem[];
    focusKey?: number | string;
    onSubmit: FormProps["onSubmit"];
    already: AlreadyDone | null;
  };
  children: ReactNode;
};

export function FormPage({ title, caption, testId, intro, form, children }: Props) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
        {caption ? <span className="govuk-caption-l">{caption}</span> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        {intro}
        <Form onSubmit={form.onSubmit} data-testid={testId}>
          {children}
        </Form>
        <FormOutcomeBanners already={form.already} />
      </div>
    </div>
  );
}
