"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { AcknowledgeDate } from "@/components/meetings/run/acknowledge-date";
import { closeMeetingAction } from "@/app/meetings/[id]/run/actions";

/**
 * The confirmation on /meetings/ID/close: the minutes become final and every open action is
 * carried forward. A meeting not dated today needs the date acknowledged as well.
 */
export function CloseMeetingForm({
  meetingId,
  version,
  dayWarning,
}: {
  meetingId: number;
  version: number;
  dayWarning: string | null;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (dayWarning && !acknowledged) {
      setErrors([
        { fieldId: "acknowledgeDate", message: `${dayWarning}. Confirm that you want to close it now` },
      ]);
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await closeMeetingAction({ meetingId, version, acknowledgeDate: acknowledged });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = result.error.fieldErrors ?? {};
      const ack = fieldErrors.acknowledgeDate?.[0];
      setErrors([
        ack
          ? { fieldId: "acknowledgeDate", message: ack }
          : { fieldId: "close-meeting", message: fieldErrors._form?.[0] ?? result.error.message },
      ]);
      setAttempts((n) => n + 1);
      return;
    }
    router.push(`/meetings/${meetingId}/minutes`);
  }

  return (
    <form
      method="post"
      id="close-meeting"
      tabIndex={-1}
      onSubmit={submit}
      noValidate
      data-testid="close-meeting-form"
    >
      <ErrorSummary errors={errors} focusKey={attempts} />
      {dayWarning ? (
        <AcknowledgeDate
          warning={dayWarning}
          verb="close"
          checked={acknowledged}
          onChange={setAcknowledged}
          error={errors.find((e) => e.fieldId === "acknowledgeDate")?.message}
        />
      ) : null}
      <div className="govuk-button-group">
        <button
          type="submit"
          className="govuk-button govuk-button--warning"
          data-module="govuk-button"
          disabled={busy}
        >
          Close the meeting
        </button>
      </div>
    </form>
  );
}
