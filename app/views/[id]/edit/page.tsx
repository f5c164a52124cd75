import type { Metadata } from "next";
import Link from "next/link";
import { EditViewForm } from "@/components/saved-views/edit-view-form.deferred";
import { can } from "@/lib/auth/permissions";
import { loadOwnView } from "@/app/views/[id]/load-own-view";
import { kindsFor, SAVED_VIEW_LISTS, SHARE_WITH_ROLE } from "@/lib/saved-views/kinds";

export const metadata: Metadata = { title: "Change a saved view" };

type Props = { params: Promise<{ id: string }> };

/** Rename one of the user's own views; the chair also shares it. A shared view is read-only. */
export default async function EditSavedViewPage({ params }: Props) {
  const { actor, view } = await loadOwnView(params);
  const canShare = can(actor, "views.share") && kindsFor(SHARE_WITH_ROLE).includes(view.kind);

  return (
    <>
      <Link href="/views" className="govuk-back-link">
        Back to saved views
      </Link>
      <span className="govuk-caption-l">{SAVED_VIEW_LISTS[view.kind].label}</span>
      <h1 className="govuk-heading-l">Change a saved view</h1>
      <EditViewForm
        id={view.id}
        version={view.version}
        name={view.name}
        shared={view.shared}
        canShare={canShare}
      />
    </>
  );
}
