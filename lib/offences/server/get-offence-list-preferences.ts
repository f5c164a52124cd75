import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { readOffenceListPreferences, type OffenceListPreferences } from "@/lib/offences/schemas";

/** The actor's own column choice and density for the offence list (defaults if never saved). */
export async function getOffenceListPreferences({
  actor,
}: {
  actor: Actor;
}): Promise<OffenceListPreferences> {
  await requirePermission(actor, "offences.read");
  const user = await getPrisma().user.findUnique({ where: { id: actor.id }, select: { preferences: true } });
  const stored = user?.preferences;
  return readOffenceListPreferences(
    stored && typeof stored === "object" && !Array.isArray(stored) ? stored.offenceList : undefined,
  );
}
