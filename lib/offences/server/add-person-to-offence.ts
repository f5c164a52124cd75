import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { addPersonToOffenceSchema, type AddPersonToOffenceInput } from "@/lib/persons/schemas";
import { linkPersonToOffence } from "@/lib/offence-persons/server/link-person-to-offence";

/** Adds an existing person (found by find-before-create) to an offence in a role. */
export async function addPersonToOffence({ actor, input }: ActorInput<AddPersonToOffenceInput>): Promise<{
  offenceId: number;
  personId: number;
  ageAtTime: number | null;
  youngestVictimAge: number | null;
}> {
  const data = addPersonToOffenceSchema.parse(input);
  await requirePermission(actor, "offences.write", { entity: { type: "offence", id: data.offenceId } });
  const result = await getPrisma().$transaction((tx) => linkPersonToOffence(tx, actor, data));
  return { offenceId: data.offenceId, personId: data.personId, ...result };
}
