import Link from "next/link";
import { Cell, DataTable } from "@/components/ui/data-table";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import type { SavedViewDto } from "@/lib/saved-views/types";

/** The user's own views (with change and delete) or the views shared with them (read-only). */
export function SavedViewsTable({
  caption,
  views,
  own,
  testId,
}: {
  caption: string;
  views: SavedViewDto[];
  own: boolean;
  testId: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={own ? ["Name", "List", "Shared", "Change"] : ["Name", "List", "Shared by"]}
      testId={testId}
    >
      {views.map((view) => (
        <tr className="govuk-table__row" key={view.id} data-testid="saved-view-row">
          <Cell>
            <Link className="govuk-link" href={`/views/${view.id}`}>
              {view.name}
            </Link>
          </Cell>
          <Cell>{SAVED_VIEW_LISTS[view.kind].label}</Cell>
          {own ? (
            <>
              <Cell>{view.shared ? "With analysts" : "No"}</Cell>
              <Cell>
                <Link className="govuk-link govuk-!-margin-right-3" href={`/views/${view.id}/edit`}>
                  Change<span className="govuk-visually-hidden"> {view.name}</span>
                </Link>
                <Link className="govuk-link" href={`/views/${view.id}/delete`}>
                  Delete<span className="govuk-visually-hidden"> {view.name}</span>
                </Link>
              </Cell>
            </>
          ) : (
            <Cell>{view.sharedBy}</Cell>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
