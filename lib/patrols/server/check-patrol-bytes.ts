import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { dayOfDbDate, dbDateOf, type IsoDay } from "@/lib/dates/day";
import { checkPatrolFile, patrolKey, type PatrolCheck } from "@/lib/patrols/check-patrol-file";

type Db = Pick<Tx, "hotspot" | "patrolDosage">;

/**
 * Checks a geofencing extract against the database as it is (in the caller's transaction when
 * importing): known hotspot codes, and the dosage already recorded for the file's days. Read twice:
 * the first pass finds the days, the second compares with what those days already hold.
 */
export async function checkPatrolBytes(db: Db, bytes: Uint8Array, today: IsoDay): Promise<PatrolCheck> {
  const hotspots = new Map(
    (await db.hotspot.findMany({ select: { id: true, code: true } })).map((h) => [
      h.code.toUpperCase(),
      h.id,
    ]),
  );
  const source = () => [bytes];
  const first = await checkPatrolFile(source(), { hotspots, today, existing: new Map() });
  if (first.rows.length === 0) return first;
  const days = first.rows.map((r) => r.day).sort();
  const recorded = await db.patrolDosage.findMany({
    where: { day: { gte: dbDateOf(days[0]!), lte: dbDateOf(days[days.length - 1]!) } },
    select: { hotspotId: true, day: true, patrolType: true, minutes: true, importRunId: true },
  });
  if (recorded.length === 0) return first;
  const existing = new Map(
    recorded.map((r) => [
      patrolKey(r.hotspotId, dayOfDbDate(r.day), r.patrolType),
      { minutes: r.minutes, importRunId: r.importRunId },
    ]),
  );
  return checkPatrolFile(source(), { hotspots, today, existing });
}
