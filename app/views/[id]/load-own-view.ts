import "server-only";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadRoute } from "@/lib/ids/route-id";
import { getSavedView } from "@/lib/saved-views/server/get-saved-view";

/**
 * The page's actor and one of their own views, named by the URL's `[id]`: Next's 404 page for a
 * malformed or unknown id, and for a view shared with them (read-only, so never changed here).
 */
export async function loadOwnView(params: Promise<{ id: string }>) {
  const actor = await requirePageActor("views.save");
  const view = await loadRoute((await params).id, (id) => getSavedView({ actor, id }));
  if (!view.own) notFound();
  return { actor, view };
}
