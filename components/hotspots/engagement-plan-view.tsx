import { Cell, DataTable } from "@/components/ui/data-table";
import { Tag } from "@/components/ui/tag";
import { formatDay } from "@/lib/dates/day";
import type { EngagementPlanDto } from "@/lib/hotspots/engagement-types";
import { ENGAGEMENT_KIND_LABELS, STAKEHOLDER_KIND_LABELS } from "@/lib/labels/engagement";

// A hotspot's community engagement plan as read (seed paragraph 30): who owns it, when the next
// update to the community is due ("Update due" once the day has come), the stakeholders, and the
// consultations, updates, surveys and reviews, each dated and owned.

export function UpdateDueTag({ updateDue }: { updateDue: boolean }) {
  return updateDue ? (
    <Tag colour="red" className="govuk-!-margin-left-2">
      Update due
    </Tag>
  ) : null;
}

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr className="govuk-table__row">
      <Cell colSpan={columns}>{text}</Cell>
    </tr>
  );
}

export function EngagementPlanView({ plan }: { plan: EngagementPlanDto }) {
  return (
    <>
      <dl className="govuk-summary-list" data-testid="engagement-plan">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Owner</dt>
          <dd className="govuk-summary-list__value">{plan.owner}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Next update due</dt>
          <dd className="govuk-summary-list__value" data-testid="next-update-due">
            {formatDay(plan.nextUpdateDue, "long")}
            <UpdateDueTag updateDue={plan.updateDue} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Aims</dt>
          <dd className="govuk-summary-list__value">{plan.aims}</dd>
        </div>
      </dl>
      <DataTable
        caption="Stakeholders"
        captionSize="s"
        columns={["Kind", "Name", "Contact's role", "Added"]}
        testId="engagement-stakeholders"
      >
        {plan.stakeholders.length === 0 ? (
          <EmptyRow columns={4} text="No stakeholders yet." />
        ) : (
          plan.stakeholders.map((s) => (
            <tr className="govuk-table__row" key={s.id}>
              <Cell>{STAKEHOLDER_KIND_LABELS[s.kind]}</Cell>
              <Cell>{s.name}</Cell>
              <Cell>{s.contactRole}</Cell>
              <Cell>{formatDay(s.addedOn)}</Cell>
            </tr>
          ))
        )}
      </DataTable>
      <DataTable
        caption="Consultations, updates, surveys and reviews"
        captionSize="s"
        columns={["Date", "What", "Owner", "Summary", "What the community asked for"]}
        testId="engagement-entries"
      >
        {plan.entries.length === 0 ? (
          <EmptyRow columns={5} text="Nothing recorded yet." />
        ) : (
          plan.entries.map((e) => (
            <tr className="govuk-table__row" key={e.id}>
              <Cell>{formatDay(e.heldOn)}</Cell>
              <Cell>{ENGAGEMENT_KIND_LABELS[e.kind]}</Cell>
              <Cell>{e.owner}</Cell>
              <Cell>{e.summary}</Cell>
              <Cell>{e.communityAsked || "None recorded"}</Cell>
            </tr>
          ))
        )}
      </DataTable>
    </>
  );
}
