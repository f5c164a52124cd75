"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { annotateAgendaItemAction, moveAgendaItemAction, setAgendaItemRemovedAction } from "@/app/meetings/[id]/actions";
import type { ActionResult } from "@/lib/actions/action-result";

// The analyst's tools on one draft item: move it within its section, remove or restore it, and
// write a note for the chair. A note that loses a race with another analyst is kept in the box,
// with the other's version shown above it, so nothing typed is lost.

type Props = { itemId: number; version: number; number: string; annotation: string; removed?: boolean };

export function PackItemEditor({ itemId, version, number, annotation, removed = false }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const label = number ? `item ${number}` : "this item";

  function run(call: () => Promise<ActionResult<unknown>>) {
    startTransition(async () => {
      const result = await call();
      setError(result.ok ? null : result.error.message);
      // A conflict changed nothing here: fetch the item as the other person left it.
      if (!result.ok && result.error.code === "CONFLICT") router.refresh();
    });
  }

  function saveNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("annotation") ?? "");
    run(() => annotateAgendaItemAction({ itemId, version, annotation: note }));
  }

  const noteId = `note-${itemId}`;
  const errorId = `note-${itemId}-error`;
  // Closed by default: a pack can hold hundreds of items, and the chair reads the facts, not the tools.
  return (
    <details className="govuk-details app-pack-item__editor" data-testid="pack-item-editor" open={removed || Boolean(error) || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {removed ? "Removed" : "Change"}
          <span className="govuk-visually-hidden"> {label}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
      {removed ? (
        <button type="button" className="govuk-button govuk-button--secondary" disabled={pending} onClick={() => run(() => setAgendaItemRemovedAction({ itemId, version, removed: false }))}>
          Restore<span className="govuk-visually-hidden"> {label}</span>
        </button>
      ) : (
        <>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" disabled={pending} onClick={() => run(() => moveAgendaItemAction({ itemId, version, direction: "up" }))}>
              Move up<span className="govuk-visually-hidden"> {label}</span>
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={pending} onClick={() => run(() => moveAgendaItemAction({ itemId, version, direction: "down" }))}>
              Move down<span className="govuk-visually-hidden"> {label}</span>
            </button>
            <button type="button" className="govuk-button govuk-button--warning" disabled={pending} onClick={() => run(() => setAgendaItemRemovedAction({ itemId, version, removed: true }))}>
              Remove<span className="govuk-visually-hidden"> {label}</span>
            </button>
          </div>
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
      {removed && error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      </div>
    </details>
  );
}
