import "server-only";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { dayOfDbDate, todayInUk } from "@/lib/dates/day";
import type { HarmWeightCode } from "@/lib/hotspots/harm-weight-types";

/**
 * The harm weight table for the administrator's screen (issue 17): every offence code with the
 * weight in force today and every dated row (newest first), with who added it.
 */
export async function listHarmWeights({ actor, now = new Date() }: ActorAsOf): Promise<HarmWeightCode[]> {
  await requirePermission(actor, "harm-weights.manage");
  const prisma = getPrisma();
  const today = todayInUk(now);
  const codes = await prisma.offenceCode.findMany({
    select: { code: true, description: true, harmWeights: { orderBy: { effectiveFrom: "desc" } } },
    orderBy: { code: "asc" },
  });
  const adders = [...new Set(codes.flatMap((c) => c.harmWeights.flatMap((w) => w.createdById ?? [])))];
  const users = await prisma.user.findMany({
    where: { id: { in: adders } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return codes.map((c) => {
    const rows = c.harmWeights.map((w) => ({
      id: w.id,
      weight: w.weight,
      effectiveFrom: dayOfDbDate(w.effectiveFrom),
      source: w.source,
      addedBy: w.createdById === null ? "Seed (defaults)" : (nameOf.get(w.createdById) ?? "Unknown"),
    }));
    return {
      code: c.code,
      description: c.description,
      current: rows.find((r) => r.effectiveFrom <= today) ?? null,
      rows,
    };
  });
}
