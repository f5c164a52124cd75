"use client";

import { useState, useTransition } from "react";
import {
  generateAgendaPackAction,
  publishAgendaPackAction,
  reopenAgendaPackAction,
} from "@/app/meetings/[id]/actions";
import type { ActionResult } from "@/lib/actions/action-result";

// The pack's lifecycle buttons: the analyst generates proposals and starts new versions; the chair
// publishes. Refusals (an empty pack, a locked pack) are shown here in words, nothing is lost.

type Props = {
  meetingId: number;
  canPrepare: boolean;
  canPublish: boolean;
  status: "DRAFT" | "PUBLISHED" | "IN_SESSION" | "CLOSED";
};

export function PackControls({ meetingId, canPrepare, canPublish, status }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(call: () => Promise<ActionResult<unknown>>, success: (data: never) => string) {
    startTransition(async () => {
      const result = await call();
      setMessage(
        result.ok
          ? { ok: true, text: success(result.data as never) }
          : { ok: false, text: result.error.message },
      );
    });
  }

  const button = (label: string, onClick: () => void, secondary = false) => (
    <button
      type="button"
      className={secondary ? "govuk-button govuk-button--secondary" : "govuk-button"}
      disabled={pending}
      onClick={onClick}
    >
      {label}
    </button>
  );

  const draft = status === "DRAFT";
  return (
    <div data-testid="pack-controls">
      {message ? (
        message.ok ? (
          <div className="govuk-inset-text" role="status" data-testid="pack-message">
            {message.text}
          </div>
        ) : (
          <div className="govuk-error-summary" data-testid="pack-error">
            <div role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{message.text}</p>
              </div>
            </div>
          </div>
        )
      ) : null}
      <div className="govuk-button-group">
        {canPrepare && draft
          ? button("Generate proposed items", () =>
              run(
                () => generateAgendaPackAction({ meetingId }),
                (d: { added: number }) =>
                  d.added === 0
                    ? "No new items to propose: the pack is up to date."
                    : `${d.added} proposed ${d.added === 1 ? "item" : "items"} added to the pack.`,
              ),
            )
          : null}
        {canPublish && draft
          ? button("Publish pack", () =>
              run(
                () => publishAgendaPackAction({ meetingId }),
                (d: { versionNumber: number }) =>
                  `Version ${d.versionNumber} of the pack is published and locked.`,
              ),
            )
          : null}
        {canPrepare && status === "PUBLISHED"
          ? button(
              "Start a new version",
              () =>
                run(
                  () => reopenAgendaPackAction({ meetingId }),
                  (d: { nextVersion: number }) =>
                    `You are preparing version ${d.nextVersion}. The chair publishes it when it is ready.`,
                ),
              true,
            )
          : null}
      </div>
    </div>
  );
}
