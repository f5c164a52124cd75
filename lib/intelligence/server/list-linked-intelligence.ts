import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkedIntelligence } from "@/lib/intelligence/intel-dto";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";

const LIMIT = 200;

/**
 * The intelligence linked to a person or an offence, newest received first, under the access rule.
 * For an actor without intel.restricted.read the C-coded items are not listed one by one (a marker's
 * id and date would tell which register entry is about this subject): the record says only that
 * restricted intelligence exists and whom to ask. The caller has already checked the record itself
 * and logged its consultation.
 */
export async function listLinkedIntelligence({
  actor,
  to,
}: {
  actor: Actor;
  to: { personId: number } | { offenceId: number };
}): Promise<LinkedIntelligence> {
  const entity =
    "personId" in to ? { type: "person", id: to.personId } : { type: "offence", id: to.offenceId };
  await requirePermission(actor, "intel.read", { entity });
  const access = intelligenceAccess(actor);
  const link: Prisma.IntelligenceItemWhereInput =
    "personId" in to
      ? { persons: { some: { personId: to.personId, removedAt: null } } }
      : { offences: { some: { offenceId: to.offenceId, removedAt: null } } };
  const prisma = getPrisma();
  const [rows, hidden] = await Promise.all([
    prisma.intelligenceItem.findMany({
      where: { AND: [access.readable, link] },
      orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
      take: LIMIT,
      select: access.select,
    }),
    access.mayReadRestricted
      ? []
      : prisma.intelligenceItem.findMany({
          where: { AND: [access.exists, { NOT: access.readable }, link] },
          select: { submittedBy: { select: { name: true } } },
        }),
  ]);
  const askSubmitters = [...new Set(hidden.map((h) => h.submittedBy.name))].sort((a, b) =>
    a.localeCompare(b),
  );
  return {
    items: rows.map(access.redact),
    restricted: hidden.length > 0 ? { count: hidden.length, askSubmitters } : null,
  };
}
