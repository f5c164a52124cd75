import { ActionStatusTag } from "@/components/home/status-tags";
import { formatDate } from "@/lib/dates/format";
import type { ActionStatus } from "@/lib/enums";

/** The columns every short list of actions starts with. */
export const ACTION_COLUMNS = ["Action", "Owner", "Due", "Status"];

/** An action's first four cells (title, owner, due date, status badge), for ACTION_COLUMNS. */
export function ActionCells({
  action,
}: {
  action: { title: string; owner: string; dueOn: Date; status: ActionStatus };
}) {
  return (
    <>
      <td className="govuk-table__cell">{action.title}</td>
      <td className="govuk-table__cell">{action.owner}</td>
      <td className="govuk-table__cell">{formatDate(action.dueOn)}</td>
      <td className="govuk-table__cell">
        <ActionStatusTag status={action.status} />
      </td>
    </>
  );
}
