import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { SavedViewDto } from "@/lib/saved-views/types";
import { toViewDto, VIEW_SELECT, visibleViewsWhere } from "@/lib/saved-views/server/view-access";

/** One view the actor may open (own or shared with them); NOT_FOUND for any other id. */
export async function getSavedView({ actor, id }: { actor: Actor; id: number }): Promise<SavedViewDto> {
  await requirePermission(actor, "views.save", { entity: { type: "saved-view", id } });
  const row = await getPrisma().savedView.findFirst({
    where: { id, ...visibleViewsWhere(actor) },
    select: VIEW_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return toViewDto(actor, row);
}
