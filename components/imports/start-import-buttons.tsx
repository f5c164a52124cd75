"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { startImportAction } from "@/app/imports/actions";

/**
 * "Import all" when every row is valid; otherwise "Import valid rows" (the rejected rows stay
 * downloadable). The import runs on the server; the page then shows its progress.
 */
export function StartImportButtons({ runId, hasProblems }: { runId: number; hasProblems: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const start = (mode: "all" | "valid") =>
    startTransition(async () => {
      const result = await startImportAction({ runId, mode });
      if (result.ok) router.refresh();
      else setError(result.error.message);
    });
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: "start-import", message: error }] : []} />
      <div className="govuk-button-group">
        <button
          type="button"
          id="start-import"
          className="govuk-button"
          disabled={pending}
          onClick={() => start(hasProblems ? "valid" : "all")}
        >
          {hasProblems ? "Import valid rows only" : "Import all"}
        </button>
      </div>
    </>
  );
}
