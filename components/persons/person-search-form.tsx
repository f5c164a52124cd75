import {
  controlClass,
  describedBy,
  FieldError,
  formGroupClass,
  hintId,
  LabelledGroup,
} from "@/components/ui/field-error";
import type { DayParts } from "@/lib/dates/day";

// Find before create. Server-rendered and works without JavaScript; it posts to app/search/run,
// which sends the browser back to `to` with the name and date of birth sealed, never in plain text
// in the address. The page validates the query with the same schema as the actions.

type Props = {
  /** The page to come back to with the search (one app/search/run allows). */
  to: string;
  values: { surname: string; forenames: string; dateOfBirth: DayParts };
  errors: { surname?: string; forenames?: string; dateOfBirth?: string };
};

export function PersonSearchForm({ to, values, errors }: Props) {
  return (
    <form method="post" action="/search/run" noValidate data-testid="person-search">
      <input type="hidden" name="to" value={to} />
      <SearchInput id="surname" label="Surname" value={values.surname} error={errors.surname} />
      <SearchInput id="forenames" label="Forenames" value={values.forenames} error={errors.forenames} />
      <div className={formGroupClass(Boolean(errors.dateOfBirth))}>
        <fieldset
          className="govuk-fieldset"
          role="group"
          aria-describedby={describedBy("dateOfBirth", { hint: true, error: Boolean(errors.dateOfBirth) })}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Date of birth (if known)
          </legend>
          <div className="govuk-hint" id={hintId("dateOfBirth")}>
            For example, 15 6 2008
          </div>
          <FieldError fieldId="dateOfBirth" message={errors.dateOfBirth} />
          <div className="govuk-date-input">
            {(["day", "month", "year"] as const).map((part) => {
              const id = part === "day" ? "dateOfBirth" : `dateOfBirth-${part}`;
              return (
                <div className="govuk-date-input__item" key={part}>
                  <div className="govuk-form-group">
                    <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                      {part.charAt(0).toUpperCase() + part.slice(1)}
                    </label>
                    <input
                      id={id}
                      name={part}
                      defaultValue={values.dateOfBirth[part]}
                      inputMode="numeric"
                      maxLength={part === "year" ? 4 : 2}
                      autoComplete="off"
                      className={controlClass(
                        "input",
                        Boolean(errors.dateOfBirth),
                        `govuk-date-input__input ${part === "year" ? "govuk-input--width-4" : "govuk-input--width-2"}`,
                      )}
                    />
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Search for the person
      </button>
    </form>
  );
}

function SearchInput({
  id,
  label,
  value,
  error,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
}) {
  return (
    <LabelledGroup id={id} label={label} error={error}>
      <input
        id={id}
        name={id}
        defaultValue={value}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        className={controlClass("input", Boolean(error), "govuk-!-width-two-thirds")}
        aria-describedby={describedBy(id, { error: Boolean(error) })}
      />
    </LabelledGroup>
  );
}
