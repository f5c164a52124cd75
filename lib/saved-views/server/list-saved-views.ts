import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { SavedViewKind } from "@/lib/enums";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { toViewDto, VIEW_COLUMNS, visibleViewsWhere } from "@/lib/saved-views/server/view-access";

/**
 * The views the actor may open (their own, then those shared with them), of one list or of every
 * list they may open (the home). Own views first, each group by name.
 */
export async function listSavedViews({
  actor,
  kind,
}: {
  actor: Actor;
  kind?: SavedViewKind;
}): Promise<SavedViewDto[]> {
  await requirePermission(actor, "views.save");
  if (kind) await requirePermission(actor, SAVED_VIEW_LISTS[kind].permission);
  const prisma = getPrisma();
  const rows = await prisma.savedView.findMany({
    where: visibleViewsWhere(actor, kind),
    select: VIEW_COLUMNS,
    orderBy: [{ kind: "asc" }, { nameKey: "asc" }, { id: "asc" }],
    // A person keeps a handful of views; the cap keeps a page bounded whatever is stored.
    take: 200,
  });
  // Only a view shared by someone else shows its owner's name: read those names, when there are
  // any, rather than every owner on every page that lists views (issue 15).
  const others = [...new Set(rows.map((row) => row.ownerId).filter((id) => id !== actor.id))];
  const names = new Map(
    others.length === 0
      ? []
      : (await prisma.user.findMany({ where: { id: { in: others } }, select: { id: true, name: true } })).map(
          (user) => [user.id, user.name],
        ),
  );
  const views = rows.map((row) =>
    toViewDto(actor, { ...row, owner: { name: names.get(row.ownerId) ?? actor.name } }),
  );
  return [...views.filter((v) => v.own), ...views.filter((v) => !v.own)];
}
