import type { Metadata } from "next";
import Link from "next/link";
import { DeleteViewForm } from "@/components/saved-views/delete-view-form.deferred";
import { loadOwnView } from "@/app/views/[id]/load-own-view";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "Delete a saved view" };

type Props = { params: Promise<{ id: string }> };

// Deleting cannot be undone, so it has its own page that asks first.
export default async function DeleteSavedViewPage({ params }: Props) {
  const { view } = await loadOwnView(params);

  return (
    <>
      <Link href="/views" className="govuk-back-link">
        Back to saved views
      </Link>
      <span className="govuk-caption-l">{SAVED_VIEW_LISTS[view.kind].label}</span>
      <h1 className="govuk-heading-l">Delete the view &lsquo;{view.name}&rsquo;?</h1>
      {view.shared ? (
        <p className="govuk-body">It is shared with the forum&apos;s analysts: they will lose it too.</p>
      ) : null}
      <p className="govuk-body">The list and its records are not changed.</p>
      <DeleteViewForm id={view.id} version={view.version} />
      <LinkParagraph href="/views">No, keep it</LinkParagraph>
    </>
  );
}
