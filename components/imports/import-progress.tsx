"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Progress of a run that is being checked or imported. The work runs on the server and its
 * progress is stored, so the analyst may leave and come back; while here, the page refreshes
 * itself every two seconds until the run has finished.
 */
export function ImportProgress({ label, done, total }: { label: string; done: number; total: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), 2_000);
    return () => window.clearInterval(timer);
  }, [router]);
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : null;
  return (
    <div className="govuk-form-group" data-testid="import-progress">
      <label className="govuk-label govuk-label--s" htmlFor="import-progress-bar">
        {label}
      </label>
      <div className="govuk-hint" id="import-progress-hint" aria-live="polite">
        {percent === null
          ? `${done.toLocaleString("en-GB")} rows so far`
          : `${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows (${percent}%)`}
      </div>
      <progress
        id="import-progress-bar"
        className="app-import-progress"
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
        aria-describedby="import-progress-hint"
      >
        {percent === null ? "" : `${percent}%`}
      </progress>
      <p className="govuk-body govuk-!-margin-top-3">
        You can leave this page: the import carries on, and its result is kept in the import history.
      </p>
    </div>
  );
}
