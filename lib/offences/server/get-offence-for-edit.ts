import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { OFFENCE_FORM_SELECT } from "@/lib/offences/server/offence-form-select";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { partsOfDbDate } from "@/lib/dates/day";
import { recordedHotspotCode } from "@/lib/offences/recorded-hotspot-code";

export type OffenceForEdit = {
  id: number;
  crimeReference: string;
  version: number;
  values: OffenceFormValues;
};

/** The offence as the edit form's values (strings), with the version it was read at. */
export async function getOffenceForEdit({ actor, offenceId }: OffenceOptions): Promise<OffenceForEdit> {
  await requirePermission(actor, "offences.write", { entity: { type: "offence", id: offenceId } });
  const offence = await getPrisma().offence.findUnique({
    where: { id: offenceId },
    select: { ...OFFENCE_FORM_SELECT, id: true, version: true },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  return {
    id: offence.id,
    crimeReference: offence.crimeReference,
    version: offence.version,
    values: {
      crimeReference: offence.crimeReference,
      offenceCode: offence.offenceCode,
      knifeUsed: offence.knifeUsed ? "yes" : "no",
      domesticAbuse: offence.domesticAbuse ? "yes" : "no",
      occurredOn: partsOfDbDate(offence.occurredOn),
      recordedOn: partsOfDbDate(offence.recordedOn),
      npu: offence.npu.name,
      hotspot: recordedHotspotCode(offence),
      locationText: offence.locationText ?? "",
      latitude: offence.latitude === null ? "" : String(offence.latitude),
      longitude: offence.longitude === null ? "" : String(offence.longitude),
      summary: offence.summary,
      version: offence.version,
    },
  };
}
