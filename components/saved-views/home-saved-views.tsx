import Link from "next/link";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { SavedViewLinks } from "@/components/saved-views/saved-view-links";
import { TitledSection } from "@/components/ui/titled-section";

/** The home's saved views: every list's, own first, then those the chair shared. */
export function HomeSavedViews({ views }: { views: SavedViewDto[] }) {
  const kinds = [...new Set(views.map((v) => v.kind))];
  return (
    <TitledSection
      titleId="home-saved-views"
      title="Saved views"
      testId="home-saved-views"
      className="govuk-!-margin-top-6"
    >
      {views.length === 0 ? (
        <p className="govuk-body">
          Save a list&apos;s filters from the list, under &lsquo;Saved views&rsquo;, to find them here.
        </p>
      ) : (
        kinds.map((kind) => (
          <div key={kind}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{SAVED_VIEW_LISTS[kind].label}</h3>
            <SavedViewLinks views={views.filter((v) => v.kind === kind)} testId={`home-views-${kind}`} />
          </div>
        ))
      )}
      <p className="govuk-body-s">
        <Link className="govuk-link" href="/views">
          All saved views
        </Link>
      </p>
    </TitledSection>
  );
}
