import Link from "next/link";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { SavedViewLinks } from "@/components/saved-views/saved-view-links";
import { TitledSection } from "@/components/ui/titled-section";

// The saved views of one list, above its filters: open one, or go to save the current filters as one.
// `saveHref` is the save page's address with the list's state as the page read it (no page number),
// sealed by the page (saveViewHref, then sealHref): the state may hold a person's name.

export function ListSavedViews({ saveHref, views }: { saveHref: string; views: SavedViewDto[] }) {
  return (
    <TitledSection
      titleId="saved-views-title"
      title="Saved views"
      testId="saved-views"
      className="govuk-!-margin-bottom-6"
      headingClassName="govuk-heading-s govuk-!-margin-bottom-2"
    >
      {views.length > 0 ? (
        <SavedViewLinks views={views} testId="list-saved-views" />
      ) : (
        <p className="govuk-body">You have no saved views of this list yet.</p>
      )}
      {/* A page of its own: the form's JavaScript stays off the list (app/views/new says why). */}
      <p className="govuk-body">
        <Link className="govuk-link" href={saveHref} data-testid="save-view-open">
          Save these filters as a view
        </Link>
      </p>
      <p className="govuk-body-s">
        <Link className="govuk-link" href="/views">
          Rename or delete saved views
        </Link>
      </p>
    </TitledSection>
  );
}
