import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { OffenceFilterOptions } from "@/lib/offences/offence-list-dto";

/** The choices of the list's filter panel that come from the database. */
export async function listOffenceFilterOptions({ actor }: { actor: Actor }): Promise<OffenceFilterOptions> {
  await requirePermission(actor, "offences.read");
  const prisma = getPrisma();
  const [npus, hotspots, officers, earliest] = await Promise.all([
    prisma.npu.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.hotspot.findMany({
      where: { active: true },
      select: { id: true, name: true, npu: { select: { name: true } } },
      orderBy: [{ npu: { name: "asc" } }, { name: "asc" }],
    }),
    // Anyone who is or could be an officer in charge; names only.
    prisma.user.findMany({
      where: { OR: [{ role: "INVESTIGATOR" }, { investigations: { some: {} } }] },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    prisma.offence.findFirst({ select: { recordedOn: true }, orderBy: [{ recordedOn: "asc" }, { id: "asc" }] }),
  ]);
  const first = earliest?.recordedOn;
  return {
    npus,
    hotspots: hotspots.map((h) => ({ id: h.id, name: h.name, npu: h.npu.name })),
    officers,
    earliestYear: first ? (first.getUTCMonth() >= 3 ? first.getUTCFullYear() : first.getUTCFullYear() - 1) : new Date().getUTCFullYear() - 1,
  };
}
