import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayInUk } from "@/lib/dates/day";
import { recordedIn, SYV_SQL } from "@/lib/figures/server/figure-sql";
import { comparePeriod } from "@/lib/patrols/evaluation";
import {
  FIRST_PERIOD_START,
  PERIOD_DAYS,
  periodLabel,
  recentPeriods,
  type TacticalPeriod,
} from "@/lib/patrols/periods";
import { listPeriodDeployments } from "@/lib/patrols/server/list-period-deployments";
import type { Arm, HotspotPeriodRow, PeriodEvaluation } from "@/lib/patrols/types";

// The patrol evaluation (issue 17, seed paragraph 28): per hotspot and tactical period, patrol
// dosage (minutes, and patrols: rows of the geofencing extract, one per hotspot, day and type)
// against SYV offences and knife-used SYV offences (docs/domain.md: counted by recorded date,
// placed in a hotspot by their point, lib/geo); per period, treatment against control.

const periodSql = (column: Prisma.Sql) =>
  Prisma.sql`((${column} - ${FIRST_PERIOD_START}::date) / ${PERIOD_DAYS} + 1)::int`;

type Cell = { hotspotId: number; period: number };

export async function getPatrolEvaluation({
  actor,
  periods,
}: {
  actor: Actor;
  /** Default: the last six periods up to today's. */
  periods?: TacticalPeriod[];
}): Promise<PeriodEvaluation[]> {
  await requirePermission(actor, "patrols.read");
  const chosen = periods ?? recentPeriods(todayInUk(), 6);
  if (chosen.length === 0) return [];
  const from = chosen.reduce((a, p) => (p.start < a ? p.start : a), chosen[0]!.start);
  const to = chosen.reduce((a, p) => (p.end > a ? p.end : a), chosen[0]!.end);
  const prisma = getPrisma();
  const [dosage, offences, hotspots, deployments] = await Promise.all([
    prisma.$queryRaw<(Cell & { minutes: number; patrols: number })[]>`
      SELECT d."hotspotId", ${periodSql(Prisma.sql`d."day"`)} AS period,
             sum(d.minutes)::int AS minutes, count(*)::int AS patrols
      FROM "PatrolDosage" d
      WHERE d."day" >= ${from}::date AND d."day" <= ${to}::date
      GROUP BY 1, 2`,
    prisma.$queryRaw<(Cell & { syv: number; knife: number })[]>`
      SELECT o."hotspotId", ${periodSql(Prisma.sql`o."recordedOn"`)} AS period,
             count(*)::int AS syv, count(*) FILTER (WHERE o."knifeUsed")::int AS knife
      FROM "Offence" o
      WHERE o."hotspotId" IS NOT NULL AND ${SYV_SQL} AND ${recordedIn({ from, to })}
      GROUP BY 1, 2`,
    prisma.hotspot.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    listPeriodDeployments(prisma, chosen),
  ]);
  const key = (c: Cell) => `${c.hotspotId}|${c.period}`;
  const dosageBy = new Map(dosage.map((d) => [key(d), d]));
  const offencesBy = new Map(offences.map((o) => [key(o), o]));
  return chosen.map((period) => {
    const { current, superseded } = deployments.get(period.start) ?? { current: null, superseded: [] };
    const arms = new Map<string, Arm>([
      ...(current?.treatment ?? []).map((c) => [c, "TREATMENT"] as const),
      ...(current?.control ?? []).map((c) => [c, "CONTROL"] as const),
    ]);
    const rows: HotspotPeriodRow[] = [];
    for (const h of hotspots) {
      const cell = `${h.id}|${period.number}`;
      const d = dosageBy.get(cell);
      const o = offencesBy.get(cell);
      const arm = arms.get(h.code) ?? null;
      // Hotspots outside the trial are listed only when they were patrolled.
      if (!arm && !d) continue;
      rows.push({
        hotspotId: h.id,
        code: h.code,
        name: h.name,
        arm,
        minutes: d?.minutes ?? 0,
        patrols: d?.patrols ?? 0,
        syv: o?.syv ?? 0,
        knife: o?.knife ?? 0,
      });
    }
    return {
      number: period.number,
      start: period.start,
      end: period.end,
      label: periodLabel(period),
      deployment: current,
      superseded,
      rows,
      comparison: comparePeriod(rows),
    };
  });
}
