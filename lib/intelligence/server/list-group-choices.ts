import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/server/prisma";

/** Active groups to link intelligence to; none for an actor who may not read groups. */
export async function listGroupChoices({ actor }: { actor: Actor }): Promise<{ id: number; name: string }[]> {
  if (!can(actor.role, "groups.read")) return [];
  return getPrisma().group.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
