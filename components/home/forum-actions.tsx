import type { ActionsNeedingAttention, AttentionAction } from "@/lib/action-items/types";
import { RagTag } from "@/components/home/status-tags";
import { OptionalCaseLink } from "@/components/home/case-link";
import { actionDueColumn, actionOwnerColumn, actionTitleColumn } from "@/components/home/action-columns";
import { countOf, HomeSection, HomeTable, type Column } from "@/components/home/home-section";

// Actions across the forum that are overdue (red) or due within 7 days (amber), chair home.

const columns: Column<AttentionAction>[] = [
  actionTitleColumn(),
  actionOwnerColumn(),
  { header: "Case", cell: (a) => <OptionalCaseLink offence={a.offence} /> },
  actionDueColumn(),
  { header: "Meetings carried", cell: (a) => a.timesCarried, numeric: true },
  { header: "RAG", cell: (a) => <RagTag rag={a.rag} /> },
];

export function ForumActions({ actions }: { actions: ActionsNeedingAttention }) {
  const total = actions.overdue + actions.dueSoon;
  return (
    <HomeSection id="forum-actions" title="Overdue and due-soon actions">
      {total === 0 ? (
        <p className="govuk-body" data-testid="forum-actions-empty">
          No actions are overdue or due within 7 days.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="forum-actions-count">
            {countOf(actions.overdue, "action is", "actions are")} overdue and{" "}
            {countOf(actions.dueSoon, "is", "are")} due within 7 days.
            {actions.items.length < total ? ` Showing the ${actions.items.length} due earliest.` : ""}
          </p>
          <HomeTable caption="Overdue and due-soon actions" columns={columns} rows={actions.items} />
        </>
      )}
    </HomeSection>
  );
}
