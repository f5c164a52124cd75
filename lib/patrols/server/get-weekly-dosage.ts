import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { addDays, dbDateOf, todayInUk, type IsoDay } from "@/lib/dates/day";
import type { WeeklyDosage } from "@/lib/patrols/types";

/** The Monday of the week holding a day. */
function mondayOf(day: IsoDay): IsoDay {
  const weekday = (dbDateOf(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/**
 * One hotspot's patrol dosage by week (Monday to Sunday) for the `weeks` weeks up to the one
 * holding `asAt`, oldest first, weeks without patrols included as zero: the hotspot page's
 * "patrol dosage by week" (issue 17).
 */
export async function getWeeklyDosage({
  actor,
  hotspotId,
  weeks = 12,
  asAt = todayInUk(),
}: {
  actor: Actor;
  hotspotId: number;
  weeks?: number;
  asAt?: IsoDay;
}): Promise<WeeklyDosage[]> {
  await requirePermission(actor, "patrols.read");
  const count = Math.max(1, Math.min(104, Math.trunc(weeks)));
  const last = mondayOf(asAt);
  const first = addDays(last, -7 * (count - 1));
  const rows = await getPrisma().$queryRaw<{ weekStart: Date; minutes: number; patrols: number }[]>`
    SELECT date_trunc('week', d."day")::date AS "weekStart", sum(d.minutes)::int AS minutes, count(*)::int AS patrols
    FROM "PatrolDosage" d
    WHERE d."hotspotId" = ${hotspotId} AND d."day" >= ${first}::date AND d."day" <= ${addDays(last, 6)}::date
    GROUP BY 1`;
  const byWeek = new Map(rows.map((r) => [r.weekStart.toISOString().slice(0, 10), r]));
  return Array.from({ length: count }, (_, i) => {
    const weekStart = addDays(first, 7 * i);
    const row = byWeek.get(weekStart);
    return { weekStart, minutes: row?.minutes ?? 0, patrols: row?.patrols ?? 0 };
  });
}
