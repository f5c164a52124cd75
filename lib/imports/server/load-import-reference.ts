import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk } from "@/lib/dates/day";
import type { ImportReference } from "@/lib/imports/import-rows";

/** The reference data the row checks need, as the database holds it now (an admin may change it). */
export async function loadImportReference(): Promise<ImportReference> {
  const prisma = getPrisma();
  const [npus, codes, hotspots, users] = await Promise.all([
    prisma.npu.findMany({ select: { id: true, name: true } }),
    prisma.offenceCode.findMany({ select: { code: true, knifeEnabledEligible: true } }),
    prisma.hotspot.findMany({ select: { id: true, code: true, npuId: true, active: true } }),
    // Officer in charge: an active investigator only, the same rule as reassignment (issue 13.16).
    prisma.user.findMany({
      where: { role: "INVESTIGATOR", disabledAt: null },
      select: { id: true, email: true },
    }),
  ]);
  return {
    npus: new Map(npus.map((n) => [n.name, n.id])),
    offenceCodes: new Map(
      codes.map((c) => [c.code.toUpperCase(), { knifeEnabledEligible: c.knifeEnabledEligible }]),
    ),
    hotspots: new Map(
      hotspots.map((h) => [h.code.toUpperCase(), { id: h.id, npuId: h.npuId, active: h.active }]),
    ),
    users: new Map(users.map((u) => [u.email.toLowerCase(), u.id])),
    today: todayInUk(),
  };
}
