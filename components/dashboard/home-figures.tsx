import type { HomeSummary } from "@/lib/dashboard/server/get-home-summary";
import type { CalendarDate } from "@/lib/dashboard/rules";

// The home page's headline figures. Each is a region named by its label, so tests and assistive
// technology find it by a stable name: getByRole("region", { name: "Offences recorded this
// performance year" }).

export function HomeFigures({ summary }: { summary: HomeSummary }) {
  return (
    <div className="app-figures">
      <Figure
        id="offences-this-year"
        label="Offences recorded this performance year"
        value={formatCount(summary.offencesThisYear)}
        hint={`${summary.performanceYear.label}, from ${formatCalendarDate(summary.performanceYear.start)}`}
      />
      <Figure
        id="open-investigations"
        label="Open investigations"
        value={formatCount(summary.openInvestigations)}
        hint="Not yet finalised"
      />
      <Figure
        id="next-meeting"
        label="Next Captiva Guardian meeting"
        value={summary.nextMeetingAt ? formatMeetingDate(summary.nextMeetingAt) : "None scheduled"}
        hint={summary.nextMeetingAt ? formatMeetingTime(summary.nextMeetingAt) : undefined}
        small
      />
    </div>
  );
}

function Figure({ id, label, value, hint, small }: { id: string; label: string; value: string; hint?: string; small?: boolean }) {
  return (
    <section className="app-figure" aria-labelledby={`${id}-label`} data-testid={`figure-${id}`}>
      <h2 className="app-figure__label" id={`${id}-label`}>
        {label}
      </h2>
      <p className={small ? "app-figure__value app-figure__value--small" : "app-figure__value"} data-testid={`${id}-value`}>
        {value}
      </p>
      {hint ? <p className="app-figure__hint">{hint}</p> : null}
    </section>
  );
}

export function FiguresUnavailable() {
  return (
    <div className="govuk-warning-text" data-testid="figures-unavailable">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">The figures cannot be shown at the moment</h2>
        <p className="govuk-body govuk-!-margin-bottom-0">
          The service cannot reach its database. Try again in a few minutes. If the problem continues, contact
          the system administrator.
        </p>
      </div>
    </div>
  );
}

const UK = "Europe/London";
const formatCount = (n: number) => n.toLocaleString("en-GB");

function formatCalendarDate(date: CalendarDate): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day)),
  );
}

/** GOV.UK style: "Tuesday 6 December 2026" (Intl puts a comma after the weekday). */
function formatMeetingDate(at: Date): string {
  const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: UK }).format(at);
  const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: UK }).format(at);
  return `${weekday} ${date}`;
}

function formatMeetingTime(at: Date): string {
  const time = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", hour12: true, timeZone: UK })
    .format(at)
    .replace(" ", "")
    .toLowerCase();
  return `at ${time}`;
}
