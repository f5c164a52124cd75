import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { countUnlessAllRead } from "@/lib/pagination";
import type { ActorLimit } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { UNFINISHED_STATUSES } from "@/lib/investigations/rules";
import type { FlaggedInvestigation, FlaggedInvestigations } from "@/lib/investigations/types";

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

  // With the officer's name and the case's reference and description in the same statement
  // (issue 15: a findMany sent one statement per relation).
  const rows = await prisma.$queryRaw<FlaggedInvestigation[]>`
    SELECT i.id, o.id AS "offenceId", o."crimeReference", c.description AS "offenceDescription",
      i."scrutinyReason", i."flaggedAt", u."name" AS "oicName", i.status::text AS status
    FROM "Investigation" i
    JOIN "Offence" o ON o.id = i."offenceId"
    JOIN "OffenceCode" c ON c.code = o."offenceCode"
    LEFT JOIN "User" u ON u.id = i."oicId"
    WHERE i."flaggedForScrutiny" AND i.status = ANY(${[...UNFINISHED_STATUSES]}::"InvestigationStatus"[])
    ORDER BY i."flaggedAt" DESC NULLS LAST, i.id DESC
    LIMIT ${limit}`;
  // Fewer flagged than the limit: the rows are the count (issue 15).
  const total = await countUnlessAllRead(rows, limit, () => prisma.investigation.count({ where }));

  return { total, items: rows };
}
