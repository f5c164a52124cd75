import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { performanceYearOf } from "@/lib/dates/performance-year";
import type { HomeSummary } from "@/lib/dashboard/types";

// The figures on the chair's and analysts' home pages. Counts only, no case detail.

export async function getHomeSummary({ actor, now = new Date() }: ActorAsOf): Promise<HomeSummary> {
  await requirePermission(actor, "figures.read");
  const db = getPrisma();
  const today = todayInUk(now);
  const performanceYear = performanceYearOf(today);
  const thisYear = { recordedOn: { gte: dbDateOf(performanceYear.start), lte: dbDateOf(today) } };

  const [offencesThisYear, knifeUsedU25ThisYear, openInvestigations] = await Promise.all([
    db.offence.count({ where: thisYear }),
    db.offence.count({ where: { ...thisYear, knifeUsed: true, youngestVictimAge: { lt: 25 } } }),
    db.investigation.count({ where: { status: { not: "FINALISED" } } }),
  ]);

  return { performanceYear, offencesThisYear, knifeUsedU25ThisYear, openInvestigations };
}
