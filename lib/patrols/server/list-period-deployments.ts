import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { dayOfDbDate, dbDateOf } from "@/lib/dates/day";
import type { TacticalPeriod } from "@/lib/patrols/periods";
import type { DeploymentRecord } from "@/lib/patrols/types";

type Db = Pick<Tx, "patrolDeployment" | "user">;
export type PeriodDeployments = { current: DeploymentRecord | null; superseded: DeploymentRecord[] };

/**
 * Every deployment record of the periods, by period start: the current one (superseded by none)
 * and the earlier ones it corrected, newest first. Nothing is hidden: a correction shows what it
 * replaced, when, by whom and why.
 */
export async function listPeriodDeployments(
  db: Db,
  periods: readonly TacticalPeriod[],
): Promise<Map<string, PeriodDeployments>> {
  const rows = await db.patrolDeployment.findMany({
    where: { periodStart: { in: periods.map((p) => dbDateOf(p.start)) } },
    orderBy: { id: "desc" },
    select: {
      id: true,
      periodStart: true,
      recordedAt: true,
      recordedById: true,
      reason: true,
      supersedesId: true,
      supersededBy: { select: { id: true } },
      arms: { select: { arm: true, hotspot: { select: { code: true } } } },
    },
  });
  const userIds = [...new Set(rows.map((r) => r.recordedById).filter((id): id is number => id !== null))];
  const names = new Map(
    userIds.length
      ? (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  const out = new Map<string, PeriodDeployments>();
  for (const r of rows) {
    const start = dayOfDbDate(r.periodStart);
    const entry = out.get(start) ?? { current: null, superseded: [] };
    const codes = (arm: string) =>
      r.arms
        .filter((a) => a.arm === arm)
        .map((a) => a.hotspot.code)
        .sort();
    const record: DeploymentRecord = {
      id: r.id,
      recordedAt: r.recordedAt,
      recordedBy: r.recordedById === null ? null : (names.get(r.recordedById) ?? null),
      reason: r.reason,
      supersedesId: r.supersedesId,
      treatment: codes("TREATMENT"),
      control: codes("CONTROL"),
    };
    if (r.supersededBy) entry.superseded.push(record);
    else entry.current = record;
    out.set(start, entry);
  }
  return out;
}
