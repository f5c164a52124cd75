"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { reviewMeetingActionAction } from "@/app/meetings/[id]/run/actions";
import type { ActionRow } from "@/lib/meetings/pack-types";
import { actionCells, ACTION_COLUMNS } from "@/lib/meetings/pack-text";
import { Cells, Cell, DataTable, RowHeader } from "@/components/ui/data-table";

// The open-action review as the chair runs it (issue 12): each action reviewed in place — carried
// forward, completed, not possible or not done — without leaving the item. A refusal (a stale
// action, "not possible" its owner never said) is shown on its row; the chair's note is kept.

const CHOICES = [
  { value: "carry", label: "Carry forward" },
  { value: "complete", label: "Completed" },
  { value: "not-possible", label: "Not possible" },
  { value: "not-done", label: "Not done" },
] as const;

export function ActionReviewTable({ meetingId, rows }: { meetingId: number; rows: ActionRow[] }) {
  if (rows.length === 0) return <p className="govuk-body">No open actions to review.</p>;
  return (
    <div className="app-pack-table">
      <DataTable
        caption="Review each action"
        captionSize="m"
        testId="action-review"
        className="govuk-!-font-size-16"
        columns={[...ACTION_COLUMNS, "Forum review"]}
      >
        {rows.map((r) => (
          <ReviewRow key={r.actionItemId} meetingId={meetingId} row={r} />
        ))}
      </DataTable>
    </div>
  );
}

function ReviewRow({ meetingId, row }: { meetingId: number; row: ActionRow }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const cells = actionCells(row);
  const id = `review-${row.actionItemId}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const review = String(data.get("review") ?? "") as (typeof CHOICES)[number]["value"];
    const note = String(data.get("note") ?? "");
    startTransition(async () => {
      const result = await reviewMeetingActionAction({
        meetingId,
        actionItemId: row.actionItemId,
        version: row.version,
        review,
        note,
      });
      setMessage(
        result.ok
          ? { ok: true, text: `Recorded: ${CHOICES.find((c) => c.value === review)!.label.toLowerCase()}.` }
          : { ok: false, text: result.error.message },
      );
      if (result.ok || result.error.code === "CONFLICT") router.refresh();
    });
  }

  return (
    <tr className="govuk-table__row" data-testid="action-review-row" data-action-id={row.actionItemId}>
      <RowHeader>{cells[0]}</RowHeader>
      <Cells values={cells.slice(1)} />
      <Cell>
        <form method="post" onSubmit={submit}>
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <label className="govuk-label govuk-!-font-size-16" htmlFor={`${id}-choice`}>
              Decision<span className="govuk-visually-hidden"> on {row.title}</span>
            </label>
            <select
              className="govuk-select govuk-!-font-size-16"
              id={`${id}-choice`}
              name="review"
              defaultValue="carry"
            >
              {CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <label className="govuk-label govuk-!-font-size-16" htmlFor={`${id}-note`}>
              Note (optional)<span className="govuk-visually-hidden"> on {row.title}</span>
            </label>
            <input
              className="govuk-input govuk-!-font-size-16"
              id={`${id}-note`}
              name="note"
              maxLength={2000}
              autoComplete="off"
            />
          </div>
          {message ? (
            <p
              className={message.ok ? "govuk-body govuk-!-font-size-16" : "govuk-error-message"}
              role={message.ok ? "status" : "alert"}
              data-testid="action-review-message"
            >
              {message.ok ? null : <span className="govuk-visually-hidden">Error:</span>} {message.text}
            </p>
          ) : null}
          <button
            type="submit"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={pending}
          >
            Record<span className="govuk-visually-hidden"> the review of {row.title}</span>
          </button>
        </form>
      </Cell>
    </tr>
  );
}
