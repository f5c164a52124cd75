import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadRoute } from "@/lib/ids/route-id";
import { getSavedView } from "@/lib/saved-views/server/get-saved-view";
import { sealHref } from "@/lib/security/sealed-query";

type Props = { params: Promise<{ id: string }> };

// Opening a view: read it again under the row rule (own, or shared with the user's role) and go
// to its list with the query as the list's own parser reads it today, never the stored text; a
// person's name in it goes sealed to the user (lib/security/sealed-fields.ts), never plain.
export default async function OpenSavedViewPage({ params }: Props) {
  const actor = await requirePageActor("views.save");
  const view = await loadRoute((await params).id, (id) => getSavedView({ actor, id }));
  redirect(sealHref(actor.id, view.href));
}
