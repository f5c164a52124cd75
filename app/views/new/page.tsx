import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { notFound } from "next/navigation";
import { SaveViewForm } from "@/components/saved-views/save-view-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import type { SavedViewKind } from "@/lib/enums";
import { kindsFor, QUERY_MAX, SAVED_VIEW_KINDS, SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import { normaliseViewQuery } from "@/lib/saved-views/normalise-query";
import { readSealedFields, sealHref } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Save a view" };

type Props = { searchParams: SearchParams };

// "Save these filters as a view" (issue 18), a page of its own rather than a form on each list: the
// form's JavaScript (the form hook and its schema) then loads here only, not with the offence,
// intelligence, action and referral lists (issue 15's per-route budget). `list` names the list,
// `filters` is its query as the list page read it; both are read again here, and the server reads
// the filters once more with the list's own parser when it stores them. The filters may hold a
// person's name, so they arrive sealed to the user and the link back seals them again
// (lib/security/sealed-fields.ts).
export default async function SaveViewPage({ searchParams }: Props) {
  const actor = await requirePageActor("views.save");
  const { params } = readSealedFields(actor.id, await searchParams, "/views/new");
  const list = typeof params.list === "string" ? params.list : "";
  const kind = SAVED_VIEW_KINDS.find((k) => k === list) as SavedViewKind | undefined;
  if (!kind || !kindsFor(actor.role).includes(kind)) notFound();
  const raw = typeof params.filters === "string" ? params.filters.slice(0, QUERY_MAX) : "";
  const query = normaliseViewQuery(kind, raw);
  const { label, path } = SAVED_VIEW_LISTS[kind];
  const back = sealHref(actor.id, query ? `${path}?${query}` : path);

  return (
    <NarrowPage back={{ href: back, text: "Back to the list" }}>
      <span className="govuk-caption-l">{label}</span>
      <h1 className="govuk-heading-l">Save a view</h1>
      <p className="govuk-body">
        The view keeps the list&apos;s filters and sort, not the page. It appears above the list and on your
        home page.
      </p>
      <SaveViewForm kind={kind} query={query} />
    </NarrowPage>
  );
}
