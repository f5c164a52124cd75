import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { offenceListPreferencesSchema, type OffenceListPreferences } from "@/lib/offences/schemas";

/**
 * Saves the actor's offence-list preferences: the actor's own row only (the id comes from the
 * session, never from the form). One atomic jsonb merge, so other keys of `preferences` that
 * other screens keep are untouched and `version` is not bumped (a preference never conflicts with
 * an administrator's edit of the account). Not audited: no case data and no account change.
 */
export async function updateOffenceListPreferences({
  actor,
  preferences,
}: {
  actor: Actor;
  preferences: OffenceListPreferences;
}): Promise<OffenceListPreferences> {
  await requirePermission(actor, "offences.read");
  const value = offenceListPreferencesSchema.parse(preferences);
  await getPrisma().$executeRaw`UPDATE "User"
    SET "preferences" = coalesce("preferences", '{}'::jsonb) || jsonb_build_object('offenceList', ${JSON.stringify(value)}::jsonb),
        "updatedAt" = now()
    WHERE id = ${actor.id}`;
  return value;
}
