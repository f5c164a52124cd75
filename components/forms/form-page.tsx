"use client";

import type { ReactNode } from "react";
import { FormFrame, type FormFrameProps } from "@/components/forms/form-frame";

// A form that is the whole page, in the two-thirds column: the error summary above the heading,
// the record it belongs to as a caption, and the "already saved" banner under the form.

type HeadingProps = {
  title: string;
  /** The record the form belongs to (a group's name), shown above the heading. */
  caption?: string;
  /** Words between the heading and the form. */
  intro?: ReactNode;
};

type Props = Omit<FormFrameProps, "heading" | "contained" | "testId"> & HeadingProps & { testId: string };

export function FormPage({ title, caption, intro, ...frame }: Props) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormFrame {...frame} heading={<FormHeading title={title} caption={caption} intro={intro} />} />
      </div>
    </div>
  );
}

/** FormPage's caption, heading and words, for a form page whose column the page itself draws. */
export function FormHeading({ title, caption, intro }: HeadingProps) {
  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      {intro}
    </>
  );
}
