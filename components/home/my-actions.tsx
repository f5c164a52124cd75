import type { MyAction, MyActions as MyActionsDto } from "@/lib/action-items/types";
import { ActionStatusTag, RagTag } from "@/components/home/status-tags";
import { OptionalCaseLink } from "@/components/home/case-link";
import { actionDueColumn, actionTitleColumn } from "@/components/home/action-columns";
import { countOf, HomeSection, HomeTable, type Column } from "@/components/home/home-section";

// "My actions" on every case-working home: the actor's open and in-progress forum actions.

const columns: Column<MyAction>[] = [
  actionTitleColumn(),
  { header: "Case", cell: (a) => <OptionalCaseLink offence={a.offence} /> },
  actionDueColumn(),
  { header: "Status", cell: (a) => <ActionStatusTag status={a.status} /> },
  { header: "RAG", cell: (a) => (a.rag ? <RagTag rag={a.rag} /> : null) },
];

export function MyActions({ actions }: { actions: MyActionsDto }) {
  return (
    <HomeSection id="my-actions" title="My actions">
      {actions.total === 0 ? (
        <p className="govuk-body" data-testid="my-actions-empty">
          You have no open actions.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            You have {countOf(actions.total, "open action", "open actions")}
            {actions.overdue > 0 ? `, ${actions.overdue.toLocaleString("en-GB")} overdue` : ""}.
            {actions.items.length < actions.total ? ` Showing the ${actions.items.length} due soonest.` : ""}
          </p>
          <HomeTable caption="My actions" columns={columns} rows={actions.items} />
        </>
      )}
    </HomeSection>
  );
}
