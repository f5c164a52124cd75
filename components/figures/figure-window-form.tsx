import { formatDay, partsOfDay, type IsoDay } from "@/lib/dates/day";
import { performanceYearContaining, performanceYearLabel } from "@/lib/dates/performance-year";
import { rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import { DateGetInput } from "@/components/forms/date-boxes";
import { ErrorSummary } from "@/components/forms/error-summary";

// The "as at" date and performance year of the figures: a GET form, so the figures the chair is
// looking at are a URL that can be shared or put in a pack. The date is the GOV.UK day/month/year
// input, as everywhere else; a date that does not exist comes back in the boxes as typed.

const YEARS_OFFERED = 6;

/** The error summary for the as-at date, for the top of the page (above the h1). */
export function FigureWindowErrors({ window }: { window: FigureWindow }) {
  return <ErrorSummary errors={window.asAtError ? [{ fieldId: "asAt", message: window.asAtError }] : []} />;
}

export function FigureWindowForm({
  window,
  today,
  action,
}: {
  window: FigureWindow;
  today: IsoDay;
  action: string;
}) {
  const newest = performanceYearContaining(today);
  const offered = Array.from({ length: YEARS_OFFERED }, (_, i) => newest - i);
  const years = [...new Set([...offered, window.year])].sort((a, b) => b - a);
  const boxes = window.asAtTyped ?? (window.asAt === today ? partsOfDay(null) : partsOfDay(window.asAt));
  return (
    <>
      {window.messages.length > 0 ? (
        <div className="govuk-inset-text" data-testid="window-messages">
          <ul className="govuk-list">
            {window.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        method="get"
        action={action}
        noValidate
        className="govuk-!-margin-bottom-6"
        data-testid="figure-window"
      >
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateGetInput
              id="asAt"
              legend="As at"
              hint="For example, 8 9 2022. Leave empty for today."
              error={window.asAtError}
              defaults={boxes}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="year">
                Performance year
              </label>
              <div className="govuk-hint" id="year-hint">
                1 April to 31 March
              </div>
              <select
                className="govuk-select"
                id="year"
                name="year"
                defaultValue={String(window.year)}
                aria-describedby="year-hint"
              >
                {years.map((year) => (
                  <option key={year} value={year}>
                    {performanceYearLabel(year)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show figures
        </button>
      </form>
      <p className="govuk-body" data-testid="window-summary">
        Figures as at <strong>{formatDay(window.asAt)}</strong>. {window.yearLabel} year to date is{" "}
        {rangeLabel(window.current)}, compared with {rangeLabel(window.previous)}. Outcomes are as recorded
        now.
      </p>
    </>
  );
}
