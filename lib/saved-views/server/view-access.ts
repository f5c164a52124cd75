import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { SavedViewKind } from "@/lib/enums";
import { kindsFor, SAVED_VIEW_LISTS, SHARING_ROLES } from "@/lib/saved-views/kinds";
import { normaliseViewQuery } from "@/lib/saved-views/normalise-query";
import type { SavedViewDto } from "@/lib/saved-views/types";

// The row rule of saved views, in one place for every read: a user sees their own views and the
// views a chair (an active user whose role may share) shared with the user's role, and only of
// lists the user may open. Anything else is "not found".

export function visibleViewsWhere(actor: Actor, kind?: SavedViewKind): Prisma.SavedViewWhereInput {
  const kinds = kindsFor(actor.role).filter((k) => !kind || k === kind);
  return {
    kind: { in: kinds },
    OR: [
      { ownerId: actor.id },
      { sharedWith: actor.role, owner: { role: { in: SHARING_ROLES }, disabledAt: null } },
    ],
  };
}

/** A view's own columns; VIEW_SELECT adds its owner's name (shown on a view shared by someone else). */
export const VIEW_COLUMNS = {
  id: true,
  ownerId: true,
  kind: true,
  name: true,
  query: true,
  sharedWith: true,
  version: true,
} as const satisfies Prisma.SavedViewSelect;

export const VIEW_SELECT = {
  ...VIEW_COLUMNS,
  owner: { select: { name: true } },
} as const satisfies Prisma.SavedViewSelect;

type ViewRow = Prisma.SavedViewGetPayload<{ select: typeof VIEW_SELECT }>;

/** The DTO, its link rebuilt from the stored query by the list's own parser (never the raw text). */
export function toViewDto(actor: Actor, row: ViewRow): SavedViewDto {
  const query = normaliseViewQuery(row.kind, row.query);
  const own = row.ownerId === actor.id;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    href: `${SAVED_VIEW_LISTS[row.kind].path}${query ? `?${query}` : ""}`,
    own,
    shared: row.sharedWith !== null,
    sharedBy: own ? null : row.owner.name,
    version: row.version,
  };
}
