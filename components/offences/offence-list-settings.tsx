"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { COLUMN_LABELS } from "@/lib/offences/offence-list-labels";
import { updateOffenceListPreferencesAction } from "@/app/offences/list-actions";
import { OFFENCE_COLUMNS, type OffenceColumn, type OffenceListPreferences } from "@/lib/offences/list-link";
import { Form } from "@/components/forms/form";
import { ChoiceItem } from "@/components/ui/choice-item";

// Which columns the table shows and how tightly, remembered for the user (User.preferences), so
// the list looks the same on their next visit and on any machine.

export function OffenceListSettings({ preferences }: { preferences: OffenceListPreferences }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const columns = data.getAll("columns").map(String) as OffenceColumn[];
    const density = data.get("density") === "compact" ? "compact" : "comfortable";
    startTransition(async () => {
      const result = await updateOffenceListPreferencesAction({ columns, density });
      setMessage(result.ok ? "Table settings saved." : result.error.message);
      if (result.ok) router.refresh();
    });
  }

  return (
    <details className="govuk-details" data-testid="offence-list-settings">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Table settings</span>
      </summary>
      <div className="govuk-details__text">
        <Form onSubmit={save}>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Columns to show</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {OFFENCE_COLUMNS.map((column) => (
                  <ChoiceItem
                    type="checkbox"
                    key={column}
                    id={`column-${column}`}
                    name="columns"
                    value={column}
                    checked={preferences.columns.includes(column)}
                  >
                    {COLUMN_LABELS[column]}
                  </ChoiceItem>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Row spacing</legend>
              <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                {(["comfortable", "compact"] as const).map((density) => (
                  <ChoiceItem
                    type="radio"
                    key={density}
                    name="density"
                    value={density}
                    checked={preferences.density === density}
                  >
                    {density === "comfortable" ? "Comfortable" : "Compact"}
                  </ChoiceItem>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
            Save table settings
          </button>
          <p className="govuk-body-s" role="status">
            {message}
          </p>
        </Form>
      </div>
    </details>
  );
}
