"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { AttendanceStatus } from "@/lib/enums";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { FieldError, formGroupClass } from "@/components/ui/field-error";
import { AcknowledgeDate } from "@/components/meetings/run/acknowledge-date";
import { startMeetingAction } from "@/app/meetings/[id]/run/actions";

// Attendance is taken at the start: one row of radios per expected attendee. Submitting starts the
// meeting (or, once in session, corrects the attendance).

type Attendee = { id: number; name: string; organisation: string; status: AttendanceStatus };
type Props = {
  meetingId: number;
  version: number;
  attendees: Attendee[];
  started: boolean;
  firstItemHref: string | null;
  /** Starting a meeting not dated today needs the chair's explicit confirmation. */
  dayWarning?: string | null;
};

const CHOICES = [
  { value: "PRESENT", label: "Present" },
  { value: "APOLOGIES", label: "Apologies" },
  { value: "ABSENT", label: "Absent" },
] as const;

export function AttendanceForm({
  meetingId,
  version,
  attendees,
  started,
  firstItemHref,
  dayWarning = null,
}: Props) {
  const router = useRouter();
  const [choices, setChoices] = useState<Record<number, string>>(() =>
    Object.fromEntries(attendees.map((a) => [a.id, a.status === "EXPECTED" ? "" : a.status])),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const unanswered = attendees.filter((a) => !choices[a.id]).length;

  // One step for the usual case: everyone not already answered (apologies sent stay) is present.
  function everyonePresent() {
    setChoices((s) => Object.fromEntries(attendees.map((a) => [a.id, s[a.id] || "PRESENT"])));
    setErrors((e) => e.filter((x) => !x.fieldId.startsWith("attendee-")));
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const missing = attendees.filter((a) => !choices[a.id]);
    const needAck = Boolean(dayWarning) && !acknowledged;
    if (missing.length > 0 || needAck) {
      setErrors([
        ...missing.map((a) => ({
          fieldId: `attendee-${a.id}`,
          message: `Select whether ${a.name} is present, gave apologies or is absent`,
        })),
        ...(needAck
          ? [{ fieldId: "acknowledgeDate", message: `${dayWarning}. Confirm that you want to start it now` }]
          : []),
      ]);
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await startMeetingAction({
      meetingId,
      version,
      attendees: attendees.map((a) => ({ id: a.id, status: choices[a.id] as "PRESENT" })),
      acknowledgeDate: acknowledged,
    });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = Object.entries(result.error.fieldErrors ?? {});
      setErrors(
        fieldErrors.length > 0
          ? fieldErrors.map(([key, messages]) => ({
              fieldId: key === "_form" ? `attendee-${attendees[0]?.id}` : key,
              message: messages[0] ?? "",
            }))
          : [{ fieldId: `attendee-${attendees[0]?.id}`, message: result.error.message }],
      );
      setAttempts((n) => n + 1);
      return;
    }
    setErrors([]);
    if (!started && firstItemHref) router.push(firstItemHref);
    else router.refresh();
  }

  const errorFor = (id: number) => errors.find((e) => e.fieldId === `attendee-${id}`)?.message;
  return (
    <form method="post" onSubmit={submit} noValidate data-testid="attendance-form">
      <ErrorSummary errors={errors} focusKey={attempts} />
      {attendees.length > 0 ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={everyonePresent}
          disabled={unanswered === 0}
        >
          {unanswered === attendees.length ? "Everyone present" : "Everyone else present"}
        </button>
      ) : null}
      {attendees.map((a) => (
        <div className={formGroupClass(Boolean(errorFor(a.id)))} key={a.id}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={
              [
                !started && a.status === "APOLOGIES" ? `attendee-${a.id}-hint` : "",
                errorFor(a.id) ? `attendee-${a.id}-error` : "",
              ]
                .filter(Boolean)
                .join(" ") || undefined
            }
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {a.name}
              {a.organisation ? `, ${a.organisation}` : ""}
            </legend>
            {!started && a.status === "APOLOGIES" ? (
              <div className="govuk-hint" id={`attendee-${a.id}-hint`}>
                Apologies sent before the meeting
              </div>
            ) : null}
            <FieldError fieldId={`attendee-${a.id}`} message={errorFor(a.id)} />
            <div className="govuk-radios govuk-radios--inline govuk-radios--small">
              {CHOICES.map((c, index) => {
                const inputId = index === 0 ? `attendee-${a.id}` : `attendee-${a.id}-${c.value}`;
                return (
                  <div className="govuk-radios__item" key={c.value}>
                    <input
                      className="govuk-radios__input"
                      id={inputId}
                      name={`attendee-${a.id}`}
                      type="radio"
                      value={c.value}
                      checked={choices[a.id] === c.value}
                      onChange={() => setChoices((s) => ({ ...s, [a.id]: c.value }))}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                      {c.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
      ))}
      {dayWarning && !started ? (
        <AcknowledgeDate
          warning={dayWarning}
          verb="start"
          checked={acknowledged}
          onChange={setAcknowledged}
          error={errors.find((e) => e.fieldId === "acknowledgeDate")?.message}
        />
      ) : null}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
        {started ? "Save attendance" : "Start the meeting"}
      </button>
    </form>
  );
}
