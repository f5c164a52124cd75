"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { FieldError, formGroupClass, controlClass } from "@/components/ui/field-error";
import { findIntelligenceLinkTargetsAction } from "@/app/intelligence/actions";
import type { LinkTarget } from "@/lib/intelligence/schemas";

// Search for a person (by name, duplicate-tolerant) or an offence (by crime reference) and choose
// one to link. Not a <form>: it sits inside the submission form, so Enter searches rather than
// submitting the item.

type Props = {
  kind: "person" | "offence";
  label: string;
  hint: string;
  /** Ids already chosen: their results say so instead of offering them again. */
  chosen: number[];
  onChoose: (target: LinkTarget) => void | Promise<void>;
  error?: string;
};

export function LinkPicker({ kind, label, hint, chosen, onChoose, error }: Props) {
  const id = `${kind}-search`;
  const statusId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<LinkTarget[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search() {
    setBusy(true);
    setProblem(null);
    const result = await findIntelligenceLinkTargetsAction({ kind, query });
    setBusy(false);
    if (result.ok) setResults(result.data);
    else {
      setResults(null);
      setProblem(result.error.fieldErrors?.query?.[0] ?? result.error.message);
    }
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      void search();
    }
  }
  const message = problem ?? error;

  return (
    <div className={formGroupClass(Boolean(message))} data-testid={`${kind}-picker`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <FieldError fieldId={id} message={message} />
      <div className="govuk-button-group govuk-!-margin-bottom-2">
        <input
          id={id}
          className={controlClass("input", Boolean(message), "govuk-input--width-20")}
          type="text"
          value={query}
          maxLength={80}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={[`${id}-hint`, message ? `${id}-error` : ""].filter(Boolean).join(" ")}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => void search()}
          disabled={busy}
        >
          Search
          <span className="govuk-visually-hidden"> for {kind === "person" ? "a person" : "an offence"}</span>
        </button>
      </div>
      <div id={statusId} role="status" className="govuk-body-s">
        {results === null
          ? null
          : results.length === 0
            ? "No matches. Check the spelling or the reference."
            : `${results.length} found`}
      </div>
      {results && results.length > 0 ? (
        <ul className="govuk-list" data-testid={`${kind}-results`}>
          {results.map((t) => (
            <li key={t.id} className="govuk-!-margin-bottom-2">
              <strong>{t.label}</strong> <span className="govuk-body-s">({t.detail})</span>{" "}
              {chosen.includes(t.id) ? (
                <span className="govuk-body-s">Linked</span>
              ) : (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                  onClick={() => void onChoose(t)}
                >
                  Link<span className="govuk-visually-hidden"> {t.label}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
