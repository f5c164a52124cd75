import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { EXISTING_OFFENCE_KEY } from "@/lib/offences/offence-form-schema";

/**
 * Throws a VALIDATION error on the crime reference when another offence already has it. The id of
 * that offence rides along under EXISTING_OFFENCE_KEY so the form can link to it (only analysts,
 * who may read every offence, can reach this).
 */
export async function refuseDuplicateCrimeReference(
  tx: { offence: Pick<Tx["offence"], "findUnique"> },
  crimeReference: string,
  exceptId?: number,
): Promise<void> {
  const existing = await tx.offence.findUnique({ where: { crimeReference }, select: { id: true } });
  if (!existing || existing.id === exceptId) return;
  throw new AppError("VALIDATION", {
    fieldErrors: {
      crimeReference: [`An offence with crime reference ${crimeReference} already exists`],
      [EXISTING_OFFENCE_KEY]: [String(existing.id)],
    },
  });
}
