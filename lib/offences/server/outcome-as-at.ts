import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDay } from "@/lib/dates/day";

/**
 * The investigation's outcome code as it stood at the end of `asAt` (over `"Investigation" i`):
 * an outcome dated after that day had not happened yet, so it reads as NULL ("not yet assigned").
 * An outcome without a date (an RMS extract may leave it out) cannot be placed, and counts. With
 * no day, the outcome as it is now. The figures and the offence list's drill-down both use this,
 * so a figure "as at" a past day links to the same offences it counted. `from` names the row that
 * holds the outcome: the investigation `i`, or the figures' copy `f` (FigureOffence).
 */
export function outcomeCodeAsAt(asAt: IsoDay | undefined, from: "i" | "f" = "i"): Prisma.Sql {
  const row = Prisma.raw(from);
  if (!asAt) return Prisma.sql`${row}."outcomeCode"`;
  return Prisma.sql`(CASE WHEN ${row}."outcomeOn" IS NULL OR ${row}."outcomeOn" <= ${asAt}::date THEN ${row}."outcomeCode" END)`;
}
