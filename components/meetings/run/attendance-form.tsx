"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { AttendanceStatus } from "@/lib/enums";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { FieldError, formGroupClass } from "@/components/ui/field-error";
import { startMeetingAction } from "@/app/meetings/[id]/run/actions";

// Attendance is taken at the start: one row of radios per expected attendee. Submitting starts the
// meeting (or, once in session, corrects the attendance).

type Attendee = { id: number; name: string; organisation: string; status: AttendanceStatus };
type Props = { meetingId: number; version: number; attendees: Attendee[]; started: boolean; firstItemHref: string | null };

const CHOICES = [
  { value: "PRESENT", label: "Present" },
  { value: "APOLOGIES", label: "Apologies" },
  { value: "ABSENT", label: "Absent" },
] as const;

export function AttendanceForm({ meetingId, version, attendees, started, firstItemHref }: Props) {
  const router = useRouter();
  const [choices, setChoices] = useState<Record<number, string>>(() =>
    Object.fromEntries(attendees.map((a) => [a.id, a.status === "EXPECTED" ? "" : a.status])),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const missing = attendees.filter((a) => !choices[a.id]);
    if (missing.length > 0) {
      setErrors(missing.map((a) => ({ fieldId: `attendee-${a.id}`, message: `Select whether ${a.name} is present, gave apologies or is absent` })));
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await startMeetingAction({
      meetingId,
      version,
      attendees: attendees.map((a) => ({ id: a.id, status: choices[a.id] as "PRESENT" })),
    });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = Object.entries(result.error.fieldErrors ?? {});
      setErrors(
        fieldErrors.length > 0
          ? fieldErrors.map(([key, messages]) => ({ fieldId: key === "_form" ? `attendee-${attendees[0]?.id}` : key, message: messages[0] ?? "" }))
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
      {attendees.map((a) => (
        <div className={formGroupClass(Boolean(errorFor(a.id)))} key={a.id}>
          <fieldset className="govuk-fieldset" aria-describedby={errorFor(a.id) ? `attendee-${a.id}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {a.name}
              {a.organisation ? `, ${a.organisation}` : ""}
            </legend>
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
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
        {started ? "Save attendance" : "Start the meeting"}
      </button>
    </form>
  );
}
