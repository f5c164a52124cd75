"use client";

import { useEffect, useRef } from "react";

// The confirmation after a save that stays on the page, placed beside the form's button. It takes
// focus and scrolls into view when it appears, so the officer sees (and a screen reader says) that
// the save worked, instead of a banner 1,000 px above, out of view.

export function SavedBanner({ message, testId }: { message: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "center" });
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${testId ?? "saved"}-title`}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${testId ?? "saved"}-title`}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}

/** The same banner on the page an action sent the user to (the record, after a create). */
export function SuccessBanner({ message, testId }: { message: string; testId?: string }) {
  return <SavedBanner message={message} testId={testId ?? "success-banner"} />;
}
