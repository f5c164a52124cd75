import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { OFFENCE_FORM_COLUMNS } from "@/lib/offences/server/offence-form-select";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OffenceFormInput } from "@/lib/offences/offence-form-schema";
import { checkOffenceInput } from "@/lib/offences/server/check-offence-input";
import { resolveOffencePlaces } from "@/lib/offences/server/resolve-offence-places";
import { offenceRowOf } from "@/lib/offences/server/offence-row";
import { refuseDuplicateCrimeReference } from "@/lib/offences/server/refuse-duplicate-crime-reference";
import { recomputeOffenceAges } from "@/lib/offence-persons/server/recompute-offence-ages";
import { offenceConflict } from "@/lib/offences/server/offence-conflict";
import { refusePointOutsideForceArea } from "@/lib/offences/server/refuse-point-outside-force-area";
import { placeOffences, prismaQuery } from "@/lib/geo/server/place-offences";

// What an edit may change, read before and after for the audit row: the form's columns, the places
// they resolve to and what the save recomputes.
const EDITABLE = {
  ...OFFENCE_FORM_COLUMNS,
  npuId: true,
  hotspotId: true,
  youngestVictimAge: true,
  version: true,
} as const;

/**
 * Saves an edit of an offence if nobody else saved one since the form was loaded (`version`),
 * else CONFLICT and nothing is written. The occurred date moves every age at the time, so they and
 * the youngest victim age are recomputed in the same transaction as the ALTERATION audit row, and
 * the offence is placed again by its point (issue 17: a moved point or date may change its hotspot;
 * the form's hotspot code is only the recorded one).
 */
export async function updateOffence({
  actor,
  offenceId,
  input,
}: OffenceOptions & {
  input: OffenceFormInput;
}): Promise<{ id: number; version: number }> {
  await requirePermission(actor, "offences.write", { entity: { type: "offence", id: offenceId } });
  const data = input;
  checkOffenceInput(data);
  if (!data.version)
    throw new AppError("VALIDATION", { fieldErrors: { _form: ["Reload the page and try again"] } });
  const prisma = getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.offence.findUnique({ where: { id: offenceId }, select: EDITABLE });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== data.version) throw await offenceConflict(tx, offenceId, data);
      await refuseDuplicateCrimeReference(tx, data.crimeReference, offenceId);
      const places = await resolveOffencePlaces(tx, data);
      await refusePointOutsideForceArea(tx, data);
      const updated = await tx.offence.updateMany({
        where: { id: offenceId, version: data.version },
        data: {
          ...offenceRowOf(data, places),
          version: { increment: 1 },
        },
      });
      // Someone saved between our read and our write: the version check in the WHERE caught it.
      if (updated.count === 0) throw await offenceConflict(tx, offenceId, data);
      await placeOffences(prismaQuery(tx), { offenceIds: [offenceId] });
      await recomputeOffenceAges(tx, offenceId);
      const after = await tx.offence.findUniqueOrThrow({ where: { id: offenceId }, select: EDITABLE });
      await writeAuditBy(tx, actor, {
        event: "offence.updated",
        entity: { type: "offence", id: offenceId },
        before,
        after,
      });
      return { id: offenceId, version: after.version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await refuseDuplicateCrimeReference(prisma, data.crimeReference, offenceId);
    }
    throw error;
  }
}
