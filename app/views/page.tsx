import type { Metadata } from "next";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { SavedViewsTable } from "@/components/saved-views/saved-views-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Saved views" };

type Props = { searchParams: SearchParams };

/** Every view the user may open: their own (to rename or delete) and those shared with them. */
export default async function SavedViewsPage({ searchParams }: Props) {
  const actor = await requirePageActor("views.save");
  const params = await searchParams;
  const views = await listSavedViews({ actor });
  const own = views.filter((v) => v.own);
  const shared = views.filter((v) => !v.own);

  return (
    <>
      {params.saved ? <SuccessBanner message="The view was changed." /> : null}
      {params.deleted ? <SuccessBanner message="The view was deleted." /> : null}
      <h1 className="govuk-heading-l">Saved views</h1>
      <p className="govuk-body">
        Save a list&apos;s filters from the list itself, under &lsquo;Saved views&rsquo;. They are also on
        your home page.
      </p>
      {own.length > 0 ? (
        <SavedViewsTable caption="Your views" views={own} own testId="own-views" />
      ) : (
        <p className="govuk-body">You have not saved a view yet.</p>
      )}
      {shared.length > 0 ? (
        <SavedViewsTable caption="Shared with you" views={shared} own={false} testId="shared-views" />
      ) : null}
    </>
  );
}
