import Link from "next/link";
import type { SavedViewDto } from "@/lib/saved-views/types";

// A list of saved views as links that open them (through /views/[id], which reads the view again
// and checks it may still be opened), each shared one marked with who shared it.

export function SavedViewLinks({ views, testId }: { views: SavedViewDto[]; testId: string }) {
  return (
    <ul className="govuk-list" data-testid={testId}>
      {views.map((view) => (
        <li key={view.id} data-testid="saved-view">
          <Link className="govuk-link" href={`/views/${view.id}`}>
            {view.name}
          </Link>
          {view.sharedBy ? (
            <>
              {" "}
              <strong className="govuk-tag govuk-tag--grey" data-testid="shared-by">
                Shared by {view.sharedBy}
              </strong>
            </>
          ) : view.shared ? (
            <>
              {" "}
              <strong className="govuk-tag govuk-tag--blue">Shared with analysts</strong>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
