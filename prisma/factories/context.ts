import type { DemoAccountKey } from "@/lib/reference/demo-accounts";
import { NPUS } from "@/lib/reference/npus";
import { addDays, dayNumber, isoDay, performanceYearStart, type IsoDate } from "@/prisma/factories/dates";
import type { Rng } from "@/prisma/factories/random";
import type { UserRow } from "@/prisma/factories/rows";
import type { ScaleConfig } from "@/prisma/factories/scales";

// What every builder needs to know about the world it is filling: the period, the scale, and who
// the officers are.

export type BuildContext = {
  rng: Rng;
  scale: ScaleConfig;
  today: IsoDate;
  todayDay: number;
  /** 1 April that starts the span (fullYears performance years before the current one). */
  start: IsoDate;
  startDay: number;
  users: UserRow[];
  demo: Record<DemoAccountKey, number>;
  /** Investigator user ids (dataset ids) by NPU position (0-based); demo investigators excluded. */
  investigatorsByNpu: number[][];
};

export function spanFor(
  today: IsoDate,
  fullYears: number,
): { start: IsoDate; startDay: number; todayDay: number } {
  const current = performanceYearStart(today);
  const start = `${Number(current.slice(0, 4)) - fullYears}-04-01`;
  return { start, startDay: dayNumber(start), todayDay: dayNumber(today) };
}

/** NPU position (0-based) for an NPU name from lib/reference. */
export function npuIndex(name: string): number {
  const i = NPUS.findIndex((n) => n.name === name);
  if (i < 0) throw new Error(`unknown NPU ${name}`);
  return i;
}

export { addDays, isoDay };
