import { addDays, type IsoDay } from "@/lib/dates/day";
import { periodNumbered, periodOf } from "@/lib/patrols/periods";
import { Rng } from "@/prisma/factories/random";

// Synthetic Targeted Guardian Patrols for the demo (issue 17): for the six tactical periods up to
// today's, a randomised deployment (a third of the hotspots treatment, a third control, recorded
// three days before the period starts) and daily dosage to yesterday: treatment hotspots patrolled
// most days, control hotspots now and then (business as usual). Deterministic from the seed; about
// 3,000 rows, so the seed stays quick.

export type DemoDeployment = {
  periodStart: IsoDay;
  recordedAt: Date;
  arms: { hotspot: number; arm: string }[];
};
export type DemoDosage = { hotspot: number; day: IsoDay; patrolType: string; minutes: number };

export function buildPatrols({
  hotspots,
  today,
  seed,
}: {
  /** How many hotspots; rows name them by index. */
  hotspots: number;
  today: IsoDay;
  seed: number;
}): { deployments: DemoDeployment[]; dosage: DemoDosage[] } {
  const rng = new Rng(seed).fork("patrols");
  const current = periodOf(today);
  const deployments: DemoDeployment[] = [];
  const dosage: DemoDosage[] = [];
  if (!current) return { deployments, dosage };
  const third = Math.floor(hotspots / 3);
  for (let n = Math.max(1, current.number - 5); n <= current.number; n++) {
    const period = periodNumbered(n);
    const order = Array.from({ length: hotspots }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const treatment = order.slice(0, third);
    const control = order.slice(third, 2 * third);
    deployments.push({
      periodStart: period.start,
      recordedAt: new Date(`${addDays(period.start, -3)}T10:00:00.000Z`),
      arms: [
        ...treatment.map((hotspot) => ({ hotspot, arm: "TREATMENT" })),
        ...control.map((hotspot) => ({ hotspot, arm: "CONTROL" })),
      ],
    });
    for (let d = 0; d < 28; d++) {
      const day = addDays(period.start, d);
      if (day >= today) break;
      for (const hotspot of treatment) {
        if (rng.chance(0.7)) dosage.push({ hotspot, day, patrolType: "FOOT", minutes: rng.int(30, 150) });
        if (rng.chance(0.25)) dosage.push({ hotspot, day, patrolType: "VEHICLE", minutes: rng.int(10, 60) });
        if (rng.chance(0.1))
          dosage.push({ hotspot, day, patrolType: "TASKFORCE", minutes: rng.int(60, 240) });
      }
      for (const hotspot of control)
        if (rng.chance(0.1)) dosage.push({ hotspot, day, patrolType: "FOOT", minutes: rng.int(10, 45) });
    }
  }
  return { deployments, dosage };
}
