import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OffenceFormInput } from "@/lib/offences/offence-form-schema";
import { checkOffenceInput } from "@/lib/offences/server/check-offence-input";
import { resolveOffencePlaces } from "@/lib/offences/server/resolve-offence-places";
import { offenceRowOf } from "@/lib/offences/server/offence-row";
import { refuseDuplicateCrimeReference } from "@/lib/offences/server/refuse-duplicate-crime-reference";
import { refusePointOutsideForceArea } from "@/lib/offences/server/refuse-point-outside-force-area";
import { placeOffences, prismaQuery } from "@/lib/geo/server/place-offences";

/**
 * Records a new offence and opens its investigation (status OPEN, no officer in charge yet), with
 * COLLECTION audit rows for both in the same transaction. The form's rules are checked again here: a
 * data function may be reached other than through the form. The offence is placed by its point in
 * the geofence of the day it occurred, by the imports' placement (issue 17); without a point it is
 * unplaced, whatever hotspot code the form recorded.
 */
export async function createOffence({
  actor,
  input,
}: ActorInput<OffenceFormInput>): Promise<{ id: number; crimeReference: string }> {
  await requirePermission(actor, "offences.write");
  const data = input;
  checkOffenceInput(data);
  const prisma = getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      await refuseDuplicateCrimeReference(tx, data.crimeReference);
      const places = await resolveOffencePlaces(tx, data);
      await refusePointOutsideForceArea(tx, data);
      const created = await tx.offence.create({
        data: {
          ...offenceRowOf(data, places),
          source: "MANUAL",
        },
      });
      await placeOffences(prismaQuery(tx), { offenceIds: [created.id] });
      const offence = await tx.offence.findUniqueOrThrow({ where: { id: created.id } });
      const investigation = await tx.investigation.create({
        data: { offenceId: offence.id, status: "OPEN" },
      });
      const auditor = auditActorOf(actor);
      await writeAudit(tx, {
        event: "offence.created",
        actor: auditor,
        entity: { type: "offence", id: offence.id },
        after: {
          crimeReference: offence.crimeReference,
          offenceCode: offence.offenceCode,
          knifeUsed: offence.knifeUsed,
          domesticAbuse: offence.domesticAbuse,
          occurredOn: offence.occurredOn,
          recordedOn: offence.recordedOn,
          npuId: offence.npuId,
          hotspotId: offence.hotspotId,
          rmsHotspotCode: offence.rmsHotspotCode,
          latitude: offence.latitude,
          longitude: offence.longitude,
          locationText: offence.locationText,
          summary: offence.summary,
        },
      });
      await writeAudit(tx, {
        event: "investigation.created",
        actor: auditor,
        entity: { type: "investigation", id: investigation.id },
        after: { offenceId: offence.id, status: investigation.status },
      });
      return { id: offence.id, crimeReference: offence.crimeReference };
    });
  } catch (error) {
    // Two analysts saving the same reference at once: the unique index decides, the loser gets the
    // same field message as the pre-check gives.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await refuseDuplicateCrimeReference(prisma, data.crimeReference);
    }
    throw error;
  }
}
