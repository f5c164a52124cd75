import { FieldError, formGroupClass } from "@/components/ui/field-error";

// The explicit confirmation a chair gives to start or close a meeting that is not dated today.

export function AcknowledgeDate({
  warning,
  verb,
  checked,
  onChange,
  error,
}: {
  warning: string;
  verb: "start" | "close";
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text" data-testid="date-warning">
          <span className="govuk-visually-hidden">Warning</span>
          {warning}.
        </strong>
      </div>
      <FieldError fieldId="acknowledgeDate" message={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="acknowledgeDate"
            name="acknowledgeDate"
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={error ? "acknowledgeDate-error" : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="acknowledgeDate">
            I understand, {verb} the meeting now anyway
          </label>
        </div>
      </div>
    </div>
  );
}
