import Link from "next/link";
import type { SavedViewKind } from "@/lib/enums";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { SaveViewForm } from "@/components/saved-views/save-view-form";
import { SavedViewLinks } from "@/components/saved-views/saved-view-links";

// The saved views of one list, above its filters: open one, or save the current filters as one.
// `query` is the list's state as the page read it (no page number).

export function ListSavedViews({
  kind,
  query,
  views,
}: {
  kind: SavedViewKind;
  query: string;
  views: SavedViewDto[];
}) {
  return (
    <section
      className="govuk-!-margin-bottom-6"
      aria-labelledby="saved-views-title"
      data-testid="saved-views"
    >
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="saved-views-title">
        Saved views
      </h2>
      {views.length > 0 ? (
        <SavedViewLinks views={views} testId="list-saved-views" />
      ) : (
        <p className="govuk-body">You have no saved views of this list yet.</p>
      )}
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary" data-testid="save-view-open">
          <span className="govuk-details__summary-text">Save these filters as a view</span>
        </summary>
        <div className="govuk-details__text">
          <SaveViewForm kind={kind} query={query} />
        </div>
      </details>
      <p className="govuk-body-s">
        <Link className="govuk-link" href="/views">
          Rename or delete saved views
        </Link>
      </p>
    </section>
  );
}
