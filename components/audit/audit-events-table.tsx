import Link from "next/link";
import { Tag, type TagColour } from "@/components/ui/tag";
import type { AuditCategory } from "@/lib/audit/events";
import type { AuditEventView } from "@/lib/audit/audit-views";
import { Cell, DataTable } from "@/components/ui/data-table";

// The audit search results. Changes sit in a GOV.UK details element per row: closed, the table
// stays scannable; open, it shows each changed field's before and after.

const CATEGORY: Record<AuditCategory, { label: string; colour: TagColour }> = {
  COLLECTION: { label: "Collection", colour: "green" },
  ALTERATION: { label: "Alteration", colour: "blue" },
  CONSULTATION: { label: "Consultation", colour: "purple" },
  DISCLOSURE: { label: "Disclosure", colour: "orange" },
  COMBINATION: { label: "Combination", colour: "turquoise" },
  ERASURE: { label: "Erasure", colour: "red" },
  SECURITY: { label: "Security", colour: "grey" },
};

const timestamp = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "Europe/London",
});

/** Account records link to the account; person records to who viewed them; the rest are shown as text. */
function recordHref(entityType: string, entityId: string): string | null {
  if (!/^\d+$/.test(entityId)) return null;
  if (entityType === "user") return `/admin/users/${entityId}`;
  if (entityType === "person") return `/admin/audit/person/${entityId}`;
  return null;
}

export function AuditEventsTable({ events }: { events: AuditEventView[] }) {
  return (
    <DataTable
      caption="Audit events, newest first"
      testId="audit-results"
      className="govuk-!-font-size-16"
      columns={["When", "Who", "Event", "Record", "Justification", "Changes"]}
    >
      {events.map((event) => {
        const category = CATEGORY[event.category];
        const href = recordHref(event.entityType, event.entityId);
        const record = event.entityType ? `${event.entityType} ${event.entityId}`.trim() : "";
        return (
          <tr className="govuk-table__row" key={event.id} data-testid="audit-row">
            <Cell>{timestamp.format(event.occurredAt)}</Cell>
            <Cell className="govuk-!-text-break-word">
              {event.actorLabel || "Unknown"}
              {event.address ? (
                <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-14">
                  {event.address}
                </span>
              ) : null}
            </Cell>
            <Cell>
              <code>{event.event}</code>
              <br />
              <Tag colour={category.colour} className="govuk-!-margin-top-1">
                {category.label}
              </Tag>
            </Cell>
            <Cell>
              {href ? (
                <Link className="govuk-link" href={href}>
                  {record}
                </Link>
              ) : (
                record
              )}
            </Cell>
            <Cell className="govuk-!-text-break-word">
              {event.justification}
              {event.recipients ? (
                <span className="govuk-hint govuk-!-margin-bottom-0">To: {event.recipients}</span>
              ) : null}
            </Cell>
            <Cell>
              <Changes event={event} />
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}

function Changes({ event }: { event: AuditEventView }) {
  const { fields, detail, valuesHidden } = event.changes;
  if (fields.length === 0 && detail.length === 0) return null;
  const summary =
    fields.length > 0 ? `${fields.length} ${fields.length === 1 ? "field" : "fields"}` : "Details";
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {summary}
          <span className="govuk-visually-hidden"> of event {event.seq}</span>
        </span>
      </summary>
      <div className="govuk-details__text govuk-!-text-break-word">
        {fields.length > 0 ? (
          <ul className="govuk-list govuk-!-font-size-16">
            {fields.map((field) => (
              <li key={field.field}>
                <strong>{field.field}</strong>: {field.from} → {field.to}
              </li>
            ))}
          </ul>
        ) : null}
        {detail.length > 0 ? (
          <ul className="govuk-list govuk-!-font-size-16">
            {detail.map((line) => (
              <li key={line.key}>
                {line.key}: {line.value}
              </li>
            ))}
          </ul>
        ) : null}
        {valuesHidden ? (
          <p className="govuk-hint govuk-!-margin-bottom-0">Values are hidden: this is case data.</p>
        ) : null}
      </div>
    </details>
  );
}
