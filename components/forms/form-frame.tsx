"use client";

import type { ReactNode } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { SubmitButton, SubmitWithCancel } from "@/components/forms/fields";
import { FieldDefaults } from "@/components/forms/field-defaults";
import { Form, type FormProps } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import type { AlreadyDone } from "@/lib/actions/action-result";

// What every react-hook-form form has around its fields: the error summary, the <Form>, the
// submit button (with a Cancel link when the form is a page of its own) and, after it, the saved
// and "already saved" banners. The form hook's answer (`useFormAction`) is passed as it is.

export type FrameForm = {
  summary: ErrorSummaryItem[];
  focusKey?: number | string;
  onSubmit: FormProps["onSubmit"];
  pending: boolean;
  saved?: boolean;
  already: AlreadyDone | null;
  /** The form's default values, which the fields put in the server's HTML. */
  defaults?: object;
};

export type FormFrameProps = {
  form: FrameForm;
  testId?: string;
  /** The form's id: the form takes focus (tabIndex -1) when the summary's form-level link names it. */
  id?: string;
  /** The page's heading (h1), for a form that is the page, in a column the page draws itself. */
  title?: string;
  /** Between the summary and the fields: a heading, a caption, words. */
  heading?: ReactNode;
  /** The submit button's text. */
  submit: ReactNode;
  secondary?: boolean;
  submitTestId?: string;
  /** A Cancel link beside the button, back to where the form came from. */
  cancelHref?: string;
  /** The Cancel link's words, where "Cancel" would not say where it goes. */
  cancelText?: string;
  /** The banner beside the button after a save that stays on the page. */
  savedMessage?: string;
  savedTestId?: string;
  /**
   * The banners right under the summary, above the fields, where the meeting's decision and action
   * forms (emptied after each save for the next entry) have them.
   */
  bannersFirst?: boolean;
  /**
   * Summary, heading and banners inside the <form>: a form that is one section of a record page,
   * kept together as one unit. Otherwise they stand around it, as on a page that is the form.
   */
  contained?: boolean;
  children: ReactNode;
};

export function FormFrame({
  form,
  testId,
  id,
  title,
  heading: words,
  contained = false,
  bannersFirst = false,
  children,
  ...button
}: FormFrameProps) {
  const heading = (
    <>
      {title === undefined ? null : <h1 className="govuk-heading-l">{title}</h1>}
      {words}
    </>
  );
  const summary = <ErrorSummary errors={form.summary} focusKey={form.focusKey} />;
  const banners = (
    <FormOutcomeBanners
      saved={form.saved}
      savedMessage={button.savedMessage}
      savedTestId={button.savedTestId}
      already={form.already}
    />
  );
  const submit = button.cancelHref ? (
    <SubmitWithCancel pending={form.pending} cancelHref={button.cancelHref} cancelText={button.cancelText}>
      {button.submit}
    </SubmitWithCancel>
  ) : (
    <SubmitButton pending={form.pending} secondary={button.secondary} testId={button.submitTestId}>
      {button.submit}
    </SubmitButton>
  );
  const formProps = { id, tabIndex: id ? -1 : undefined, onSubmit: form.onSubmit, "data-testid": testId };
  const fields = <FieldDefaults value={form.defaults}>{children}</FieldDefaults>;
  if (contained)
    return (
      <Form {...formProps}>
        {summary}
        {bannersFirst ? banners : null}
        {heading}
        {fields}
        {submit}
        {bannersFirst ? null : banners}
      </Form>
    );
  return (
    <>
      {summary}
      {bannersFirst ? banners : null}
      {heading}
      <Form {...formProps}>
        {fields}
        {submit}
      </Form>
      {bannersFirst ? null : banners}
    </>
  );
}
