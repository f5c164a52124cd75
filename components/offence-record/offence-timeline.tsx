import { formatDateTime } from "@/lib/dates/format";
import type { TimelineEntry } from "@/lib/timeline/rules";

// MOJ timeline (CSS only), newest first. Dates of facts such as "Recorded on" are calendar dates,
// shown by their title; audit entries carry the instant.

export function OffenceTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <div className="moj-timeline" data-testid="offence-timeline">
      {entries.map((entry) => (
        <div className="moj-timeline__item" key={entry.key}>
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">{entry.title}</h3>
            {entry.by ? <p className="moj-timeline__byline">by {entry.by}</p> : null}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.lines.length > 0 ? (
            <div className="moj-timeline__description">
              <ul className="govuk-list">
                {entry.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
