"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { undoPersonMergeAction } from "@/app/persons/actions";

/** "Undo merge" (analyst): moves back exactly the links the merge moved. */
export function UndoMergeButton({ mergeId, label }: { mergeId: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function undo() {
    setBusy(true);
    setError(null);
    const result = await undoPersonMergeAction({ mergeId });
    setBusy(false);
    if (result.ok) router.push(`/persons/${result.data.survivorId}?undone=1`);
    else setError(result.error.message);
  }
  return (
    <>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        disabled={busy}
        onClick={undo}
      >
        {label}
      </button>
    </>
  );
}
