import Link from "next/link";
import type { ReactNode } from "react";

// GOV.UK summary list. Each action's visually hidden text completes its link text ("Change" →
// "Change date of offence") so screen-reader users hear which row it belongs to.

export type SummaryListAction = { href: string; text: string; visuallyHiddenText?: string };
export type SummaryListRow = { label: string; value: ReactNode; actions?: SummaryListAction[] };

type SummaryListProps = { rows: SummaryListRow[]; noBorder?: boolean; className?: string };

export function SummaryList({ rows, noBorder = false, className }: SummaryListProps) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  const classes = ["govuk-summary-list", noBorder ? "govuk-summary-list--no-border" : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <dl className={classes}>
      {rows.map((row) => {
        const actions = row.actions ?? [];
        const rowClass =
          anyActions && actions.length === 0
            ? "govuk-summary-list__row govuk-summary-list__row--no-actions"
            : "govuk-summary-list__row";
        return (
          <div className={rowClass} key={row.label}>
            <dt className="govuk-summary-list__key">{row.label}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length === 1 ? (
              <dd className="govuk-summary-list__actions">
                <ActionLink action={actions[0]!} />
              </dd>
            ) : actions.length > 1 ? (
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action.href}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link className="govuk-link" href={action.href}>
      {action.text}
      {action.visuallyHiddenText ? (
        <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
      ) : null}
    </Link>
  );
}
