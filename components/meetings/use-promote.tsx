"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { promoteOffenceAction } from "@/app/meetings/[id]/actions";
import { promoteInSessionAction } from "@/app/meetings/[id]/run/actions";

// Promoting a row of a pack table to an item of its own (issue 12): the analyst from a draft pack,
// or the chair from the run view while the meeting is in session. One hook for both tables (new
// offences, other flagged cases) and both screens.

export type PromoteTarget =
  | { meetingId: number; section: "NEW_OFFENCE" | "SCRUTINY" }
  | { meetingId: number; inSession: { tableItemId: number; version: number } };

export function usePromote(target: PromoteTarget | null) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function promote(offenceId: number, crimeReference: string) {
    if (!target) return;
    startTransition(async () => {
      const result =
        "inSession" in target
          ? await promoteInSessionAction({ meetingId: target.meetingId, offenceId, ...target.inSession })
          : await promoteOffenceAction({ meetingId: target.meetingId, offenceId, section: target.section });
      setMessage(
        result.ok
          ? { ok: true, text: `${crimeReference} is now item ${result.data.number}.` }
          : { ok: false, text: result.error.message },
      );
      router.refresh();
    });
  }
  return { pending, message, promote };
}

export function PromoteMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p
      className={message.ok ? "govuk-inset-text" : "govuk-error-message"}
      role={message.ok ? "status" : "alert"}
      data-testid="promote-message"
    >
      {message.ok ? null : <span className="govuk-visually-hidden">Error:</span>} {message.text}
    </p>
  );
}

/** The last cell of a promotable row: the item it became, the Promote button, or "In the table". */
export function PromoteCell({
  promotedAs,
  crimeReference,
  canPromote,
  pending,
  onPromote,
  itemLinks,
}: {
  promotedAs: string | null;
  crimeReference: string;
  canPromote: boolean;
  pending: boolean;
  onPromote: () => void;
  /** Where each item number leads (the run view's item pages); the pack's anchors otherwise. */
  itemLinks?: Record<string, string>;
}) {
  if (promotedAs)
    return (
      <a className="govuk-link" href={itemLinks?.[promotedAs] ?? `#item-${promotedAs.replaceAll(".", "-")}`}>
        Item {promotedAs}
      </a>
    );
  if (!canPromote) return <>In the table</>;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      disabled={pending}
      onClick={onPromote}
    >
      Promote
      <span className="govuk-visually-hidden"> {crimeReference} to its own item</span>
    </button>
  );
}
