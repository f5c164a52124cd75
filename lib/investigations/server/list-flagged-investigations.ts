import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { countUnlessAllRead } from "@/lib/pagination";
import type { ActorLimit } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { UNFINISHED_STATUSES } from "@/lib/investigations/rules";
import type { FlaggedInvestigations } from "@/lib/investigations/types";

/**
 * Cases flagged for the forum's scrutiny and not yet finalised: how many, and the most recently
 * flagged `limit` of them. For the chair's home; any role that reads investigations may call it.
 */
export async function listFlaggedInvestigations({
  actor,
  limit = 10,
}: ActorLimit): Promise<FlaggedInvestigations> {
  await requirePermission(actor, "investigations.read");
  const prisma = getPrisma();
  const where = {
    flaggedForScrutiny: true,
    status: { in: [...UNFINISHED_STATUSES] },
  } satisfies Prisma.InvestigationWhereInput;

  const rows = await prisma.investigation.findMany({
    where,
    orderBy: [{ flaggedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      status: true,
      scrutinyReason: true,
      flaggedAt: true,
      oic: { select: { name: true } },
      offence: {
        select: { id: true, crimeReference: true, offenceType: { select: { description: true } } },
      },
    },
  });
  // Fewer flagged than the limit: the rows are the count (issue 15).
  const total = await countUnlessAllRead(rows, limit, () => prisma.investigation.count({ where }));

  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      offenceId: row.offence.id,
      crimeReference: row.offence.crimeReference,
      offenceDescription: row.offence.offenceType.description,
      scrutinyReason: row.scrutinyReason,
      flaggedAt: row.flaggedAt,
      oicName: row.oic?.name ?? null,
      status: row.status,
    })),
  };
}
