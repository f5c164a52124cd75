"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { closeMeetingAction } from "@/app/meetings/[id]/run/actions";

/** Closes the meeting: the minutes become final and every open action is carried forward. */
export function CloseMeetingForm({ meetingId, version, undiscussed }: { meetingId: number; version: number; undiscussed: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await closeMeetingAction({ meetingId, version });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fieldErrors?._form?.[0] ?? result.error.message);
      setAttempts((n) => n + 1);
      return;
    }
    router.push(`/meetings/${meetingId}/minutes`);
  }

  return (
    <form method="post" id="close-meeting" tabIndex={-1} onSubmit={submit} noValidate data-testid="close-meeting-form">
      <ErrorSummary errors={error ? [{ fieldId: "close-meeting", message: error }] : []} focusKey={attempts} />
      {undiscussed > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {undiscussed === 1 ? "1 item is" : `${undiscussed} items are`} not marked as discussed.
          </strong>
        </div>
      ) : null}
      <p className="govuk-body">Closing produces the minutes and carries every open action forward to the next meeting.</p>
      <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy}>
        Close the meeting
      </button>
    </form>
  );
}
