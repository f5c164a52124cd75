import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { performanceYearOf } from "@/lib/dates/performance-year";
import type { HomeSummary } from "@/lib/dashboard/types";

// The figures on the chair's and analysts' home pages. Counts only, no case detail.

export async function getHomeSummary({ actor, now = new Date() }: ActorAsOf): Promise<HomeSummary> {
  await requirePermission(actor, "figures.read");
  const today = todayInUk(now);
  const performanceYear = performanceYearOf(today);
  // One statement, one pass over the year's offences (issue 15: it was three counts). The days go
  // as dates, so the comparison is day to day whatever the session's time zone.
  const [counts] = await getPrisma().$queryRaw<
    [{ offencesThisYear: number; knifeUsedU25ThisYear: number; openInvestigations: number }]
  >`SELECT count(*)::int AS "offencesThisYear",
      (count(*) FILTER (WHERE o."knifeUsed" AND o."youngestVictimAge" < 25))::int AS "knifeUsedU25ThisYear",
      (SELECT count(*)::int FROM "Investigation" i WHERE i."status" <> 'FINALISED') AS "openInvestigations"
    FROM "Offence" o
    WHERE o."recordedOn" BETWEEN ${performanceYear.start}::date AND ${today}::date`;
  const { offencesThisYear, knifeUsedU25ThisYear, openInvestigations } = counts;

  return { performanceYear, offencesThisYear, knifeUsedU25ThisYear, openInvestigations };
}
