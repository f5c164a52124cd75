import type { PerformanceYear } from "@/lib/dates/performance-year";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type HomeSummary = {
  performanceYear: PerformanceYear;
  /** Offences recorded from 1 April of this performance year up to and including today. */
  offencesThisYear: number;
  /** Of those, the ones where a knife was used and the youngest victim was under 25. */
  knifeUsedU25ThisYear: number;
  /** Investigations not yet finalised (open, awaiting a suspect, or charged). */
  openInvestigations: number;
};
