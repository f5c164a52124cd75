"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import {
  annotateAgendaItemAction,
  moveAgendaItemAction,
  setAgendaItemRemovedAction,
} from "@/app/meetings/[id]/actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { SECTIONS } from "@/lib/meetings/rules";
import { MOVABLE_SECTIONS } from "@/lib/meetings/form-fields";

// The analyst's tools on one draft item: move it within its section, remove or restore it, and
// write a note for the chair. A note that loses a race with another analyst is kept in the box,
// with the other's version shown above it, so nothing typed is lost.

type Props = {
  itemId: number;
  version: number;
  number: string;
  annotation: string;
  removed?: boolean;
  section?: string;
  fixed?: boolean;
};

export function PackItemEditor({
  itemId,
  version,
  number,
  annotation,
  removed = false,
  section,
  fixed = false,
}: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ text: string; note: boolean } | null>(null);
  // Only a failed note marks the note box; any other refusal (a move past the end, a locked pack) is shown above the tools.
  const error = failure?.note ? failure.text : null;
  const label = number ? `item ${number}` : "this item";

  function run(call: () => Promise<ActionResult<unknown>>, note = false) {
    startTransition(async () => {
      const result = await call();
      setFailure(result.ok ? null : { text: result.error.message, note });
      // A conflict changed nothing here: fetch the item as the other person left it.
      if (!result.ok && result.error.code === "CONFLICT") router.refresh();
    });
  }

  function saveNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("annotation") ?? "");
    run(() => annotateAgendaItemAction({ itemId, version, annotation: note }), true);
  }

  function moveTo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const place = String(data.get("place") ?? "").trim();
    if (!/^\d+$/.test(place) || Number(place) < 1) {
      setFailure({ text: "Enter the place as a whole number, for example 3", note: false });
      return;
    }
    const to = String(data.get("section") ?? section ?? "");
    run(() =>
      moveAgendaItemAction({
        itemId,
        version,
        place: Number(place),
        ...(to && !fixed ? { section: to as never } : {}),
      }),
    );
  }

  const noteId = `note-${itemId}`;
  const errorId = `note-${itemId}-error`;
  // Closed by default: a pack can hold hundreds of items, and the chair reads the facts, not the tools.
  return (
    <details
      className="govuk-details app-pack-item__editor"
      data-testid="pack-item-editor"
      open={removed || Boolean(failure) || undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {removed ? "Removed" : "Change"}
          <span className="govuk-visually-hidden"> {label}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        {failure && !failure.note ? (
          <p className="govuk-error-message" role="alert" data-testid="item-error">
            <span className="govuk-visually-hidden">Error:</span> {failure.text}
          </p>
        ) : null}
        {removed ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={pending}
            onClick={() => run(() => setAgendaItemRemovedAction({ itemId, version, removed: false }))}
          >
            Restore<span className="govuk-visually-hidden"> {label}</span>
          </button>
        ) : (
          <>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={pending}
                onClick={() => run(() => moveAgendaItemAction({ itemId, version, direction: "up" }))}
              >
                Move up<span className="govuk-visually-hidden"> {label}</span>
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={pending}
                onClick={() => run(() => moveAgendaItemAction({ itemId, version, direction: "down" }))}
              >
                Move down<span className="govuk-visually-hidden"> {label}</span>
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                disabled={pending}
                onClick={() => run(() => setAgendaItemRemovedAction({ itemId, version, removed: true }))}
              >
                Remove<span className="govuk-visually-hidden"> {label}</span>
              </button>
            </div>
            <form
              method="post"
              onSubmit={moveTo}
              className="govuk-!-margin-bottom-4"
              aria-label={`Move ${label} to a place`}
            >
              <div className="govuk-form-group govuk-!-margin-bottom-2">
                <label className="govuk-label govuk-label--s" htmlFor={`place-${itemId}`}>
                  Move to place<span className="govuk-visually-hidden"> ({label})</span>
                </label>
                <input
                  className="govuk-input govuk-input--width-3"
                  id={`place-${itemId}`}
                  name="place"
                  inputMode="numeric"
                  autoComplete="off"
                />
              </div>
              {!fixed ? (
                <div className="govuk-form-group govuk-!-margin-bottom-2">
                  <label className="govuk-label" htmlFor={`section-${itemId}`}>
                    In section<span className="govuk-visually-hidden"> ({label})</span>
                  </label>
                  <select
                    className="govuk-select"
                    id={`section-${itemId}`}
                    name="section"
                    defaultValue={section}
                  >
                    {SECTIONS.filter((s) => (MOVABLE_SECTIONS as readonly string[]).includes(s.kind)).map(
                      (s) => (
                        <option key={s.kind} value={s.kind}>
                          {s.title}
                        </option>
                      ),
                    )}
                  </select>
                </div>
              ) : null}
              <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
                Move<span className="govuk-visually-hidden"> {label}</span>
              </button>
            </form>
            <form method="post" onSubmit={saveNote}>
              <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
                <label className="govuk-label govuk-label--s" htmlFor={noteId}>
                  Note for the chair<span className="govuk-visually-hidden"> on {label}</span>
                </label>
                {error ? (
                  <p className="govuk-error-message" id={errorId} role="alert">
                    <span className="govuk-visually-hidden">Error:</span> {error}
                  </p>
                ) : null}
                <textarea
                  className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
                  id={noteId}
                  name="annotation"
                  rows={2}
                  maxLength={2000}
                  defaultValue={annotation}
                  aria-describedby={error ? errorId : undefined}
                />
              </div>
              <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
                Save note<span className="govuk-visually-hidden"> on {label}</span>
              </button>
            </form>
          </>
        )}
      </div>
    </details>
  );
}
