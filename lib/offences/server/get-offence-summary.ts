import "server-only";
import { AppError } from "@/lib/errors";
import type { InvestigationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";

export type OffenceSummary = {
  id: number;
  crimeReference: string;
  offenceCode: string;
  offenceDescription: string;
  occurredOn: Date;
  recordedOn: Date;
  npuName: string;
  hotspotName: string | null;
  knifeUsed: boolean;
  domesticAbuse: boolean;
  /** The youngest victim was under 25 on the day (domain.md); null when no victim age is known. */
  underTwentyFive: boolean | null;
  investigationStatus: InvestigationStatus | null;
};

/**
 * The offence record's header. It does not log a consultation: every section's data function does,
 * because the layout holding this header is not rendered again when the user moves between sections.
 */
export async function getOffenceSummary({ actor, id }: { actor: Actor; id: number }): Promise<OffenceSummary> {
  await requirePermission(actor, "offences.read", { entity: { type: "offence", id } });
  const row = await getPrisma().offence.findUnique({
    where: { id },
    select: {
      id: true,
      crimeReference: true,
      offenceCode: true,
      occurredOn: true,
      recordedOn: true,
      knifeUsed: true,
      domesticAbuse: true,
      youngestVictimAge: true,
      offenceType: { select: { description: true } },
      npu: { select: { name: true } },
      hotspot: { select: { name: true } },
      investigation: { select: { status: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    id: row.id,
    crimeReference: row.crimeReference,
    offenceCode: row.offenceCode,
    offenceDescription: row.offenceType.description,
    occurredOn: row.occurredOn,
    recordedOn: row.recordedOn,
    npuName: row.npu.name,
    hotspotName: row.hotspot?.name ?? null,
    knifeUsed: row.knifeUsed,
    domesticAbuse: row.domesticAbuse,
    underTwentyFive: row.youngestVictimAge === null ? null : row.youngestVictimAge < 25,
    investigationStatus: row.investigation?.status ?? null,
  };
}
