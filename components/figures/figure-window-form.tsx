import { formatCalendarDate } from "@/lib/format/dates";
import { performanceYearLabel, type IsoDay } from "@/lib/offences/rules";
import { performanceYearContaining, rangeLabel, type FigureWindow } from "@/lib/figures/rules";

// The "as at" date and performance year of the figures: a GET form, so the figures the chair is
// looking at are a URL that can be shared or put in a pack.

const YEARS_OFFERED = 6;

export function FigureWindowForm({ window, today, action }: { window: FigureWindow; today: IsoDay; action: string }) {
  const newest = performanceYearContaining(today);
  const offered = Array.from({ length: YEARS_OFFERED }, (_, i) => newest - i);
  const years = [...new Set([...offered, window.year])].sort((a, b) => b - a);
  const [y, m, d] = window.asAt.split("-").map(Number) as [number, number, number];
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
      <form method="get" action={action} noValidate className="govuk-!-margin-bottom-6" data-testid="figure-window">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="asAt">
                As at
              </label>
              <div className="govuk-hint" id="asAt-hint">
                For example, 8/9/2022. Leave empty for today.
              </div>
              <input
                className="govuk-input govuk-input--width-10"
                id="asAt"
                name="asAt"
                type="text"
                defaultValue={window.asAt === today ? "" : `${d}/${m}/${y}`}
                maxLength={20}
                autoComplete="off"
                spellCheck={false}
                aria-describedby="asAt-hint"
              />
            </div>
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="year">
                Performance year
              </label>
              <div className="govuk-hint" id="year-hint">
                1 April to 31 March
              </div>
              <select className="govuk-select" id="year" name="year" defaultValue={String(window.year)} aria-describedby="year-hint">
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
        Figures as at <strong>{formatCalendarDate({ year: y, month: m, day: d })}</strong>. {window.yearLabel} year to date is{" "}
        {rangeLabel(window.current)}, compared with {rangeLabel(window.previous)}. Outcomes are as recorded now.
      </p>
    </>
  );
}
