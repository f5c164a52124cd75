import Link from "next/link";
import type { ActionSummary, RaisedActions as RaisedActionsDto } from "@/lib/action-items/types";
import { ActionStatusTag, RagTag } from "@/components/home/status-tags";
import { actionDueColumn, actionOwnerColumn, actionTitleColumn } from "@/components/home/action-columns";
import { countOf, HomeSection, HomeTable, type Column } from "@/components/home/home-section";

// "Actions I raised", beside "My actions": the chair sees what came back, not only what is owed.

const columns: Column<ActionSummary>[] = [
  actionTitleColumn(),
  actionOwnerColumn(),
  actionDueColumn(),
  { header: "Status", cell: (a) => (a.rag ? <RagTag rag={a.rag} /> : <ActionStatusTag status={a.status} />) },
];

export function RaisedActions({ actions }: { actions: RaisedActionsDto }) {
  return (
    <HomeSection id="raised-actions" title="Actions I raised">
      {actions.items.length === 0 ? (
        <p className="govuk-body">No actions you raised are open or were closed in the last 14 days.</p>
      ) : (
        <>
          <p className="govuk-body">
            {countOf(actions.open, "action is", "actions are")} open;{" "}
            {countOf(actions.recentlyClosed, "was", "were")} closed in the last 14 days.{" "}
            <Link className="govuk-link" href="/actions?status=all&raised=me">
              All actions you raised
            </Link>
          </p>
          <HomeTable caption="Actions I raised" columns={columns} rows={actions.items} />
        </>
      )}
    </HomeSection>
  );
}
