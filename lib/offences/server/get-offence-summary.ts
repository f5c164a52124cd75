import "server-only";
import { AppError } from "@/lib/errors";
import type { InvestigationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { OffenceSummary } from "@/lib/offences/types";

type SummaryRow = {
  id: number;
  crimeReference: string;
  offenceCode: string;
  occurredOn: Date;
  recordedOn: Date;
  knifeUsed: boolean;
  domesticAbuse: boolean;
  youngestVictimAge: number | null;
  offenceDescription: string;
  npuName: string;
  hotspotName: string | null;
  hotspotCode: string | null;
  rmsHotspotCode: string | null;
  located: boolean;
  investigationStatus: InvestigationStatus | null;
};

/**
 * The offence record's header. It does not log a consultation: every section's data function does,
 * because the layout holding this header is not rendered again when the user moves between sections.
 */
export async function getOffenceSummary({
  actor,
  id,
}: {
  actor: Actor;
  id: number;
}): Promise<OffenceSummary> {
  await requirePermission(actor, "offences.read", { entity: { type: "offence", id } });
  // One statement (issue 15: the record took 11): Prisma reads each relation with its own query,
  // including a hotspot lookup by a null id for offences outside any hotspot.
  const [row] = await getPrisma().$queryRaw<SummaryRow[]>`
    SELECT o.id, o."crimeReference", o."offenceCode", o."occurredOn", o."recordedOn", o."knifeUsed", o."domesticAbuse",
           o."youngestVictimAge", t."description" AS "offenceDescription", n."name" AS "npuName", h."name" AS "hotspotName",
           h."code" AS "hotspotCode", o."rmsHotspotCode", (o.latitude IS NOT NULL AND o.longitude IS NOT NULL) AS located,
           i."status"::text AS "investigationStatus"
    FROM "Offence" o
    JOIN "OffenceCode" t ON t."code" = o."offenceCode"
    JOIN "Npu" n ON n.id = o."npuId"
    LEFT JOIN "Hotspot" h ON h.id = o."hotspotId"
    LEFT JOIN "Investigation" i ON i."offenceId" = o.id
    WHERE o.id = ${id}`;
  if (!row) throw new AppError("NOT_FOUND");
  return {
    id: row.id,
    crimeReference: row.crimeReference,
    offenceCode: row.offenceCode,
    offenceDescription: row.offenceDescription,
    occurredOn: row.occurredOn,
    recordedOn: row.recordedOn,
    npuName: row.npuName,
    hotspotName: row.hotspotName,
    located: row.located,
    // Issue 17: the recorded (RMS or form) hotspot code, flagged where it disagrees with the point.
    recordedHotspotCode:
      row.rmsHotspotCode !== null && row.rmsHotspotCode !== row.hotspotCode ? row.rmsHotspotCode : null,
    knifeUsed: row.knifeUsed,
    domesticAbuse: row.domesticAbuse,
    underTwentyFive: row.youngestVictimAge === null ? null : row.youngestVictimAge < 25,
    investigationStatus: row.investigationStatus,
  };
}
