import "server-only";
import { getPrisma, type Db } from "@/lib/db/server/prisma";
import { asDbDate, performanceYearOf, ukDate, type PerformanceYear } from "@/lib/dashboard/rules";

// The figures on the home page. Counts only, no case detail. Not yet scoped by role: the auth
// work makes it take the actor and decides which figures each role sees.

export type HomeSummary = {
  performanceYear: PerformanceYear;
  /** Offences recorded from 1 April of this performance year up to and including today. */
  offencesThisYear: number;
  /** Investigations not yet finalised (open, awaiting a suspect, or charged). */
  openInvestigations: number;
  /** When the next forum meeting that has not closed is held; null when none is scheduled. */
  nextMeetingAt: Date | null;
};

type Options = { db?: Db; now?: Date };

export async function getHomeSummary({ db = getPrisma(), now = new Date() }: Options = {}): Promise<HomeSummary> {
  const today = ukDate(now);
  const performanceYear = performanceYearOf(today);

  const [offencesThisYear, openInvestigations, nextMeeting] = await Promise.all([
    db.offence.count({
      where: { recordedOn: { gte: asDbDate(performanceYear.start), lte: asDbDate(today) } },
    }),
    db.investigation.count({ where: { status: { not: "FINALISED" } } }),
    db.meeting.findFirst({
      where: { heldAt: { gte: now }, status: { not: "CLOSED" } },
      orderBy: { heldAt: "asc" },
      select: { heldAt: true },
    }),
  ]);

  return { performanceYear, offencesThisYear, openInvestigations, nextMeetingAt: nextMeeting?.heldAt ?? null };
}
