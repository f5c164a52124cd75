import type pg from "pg";
import type { IsoDay } from "@/lib/dates/day";
import { buildPatrols } from "@/prisma/factories/build-patrols";

/** The demo's patrol deployments and dosage (prisma/factories/build-patrols), in the seed's transaction. */
export async function insertDemoPatrols(
  client: pg.ClientBase,
  hotspotIds: number[],
  today: IsoDay,
  seed: number,
): Promise<void> {
  const { deployments, dosage } = buildPatrols({ hotspots: hotspotIds.length, today, seed });
  for (const d of deployments) {
    const { rows } = await client.query<{ id: number }>(
      `insert into "PatrolDeployment" ("periodStart", "recordedAt") values ($1::date, $2) returning "id"`,
      [d.periodStart, d.recordedAt],
    );
    await client.query(
      `insert into "PatrolDeploymentArm" ("deploymentId", "hotspotId", "arm")
       select $1, h, a from unnest($2::int[], $3::text[]) as v(h, a)`,
      [rows[0]!.id, d.arms.map((a) => hotspotIds[a.hotspot]), d.arms.map((a) => a.arm)],
    );
  }
  await client.query(
    `insert into "PatrolDosage" ("hotspotId", "day", "patrolType", "minutes")
     select * from unnest($1::int[], $2::date[], $3::text[], $4::int[])`,
    [
      dosage.map((r) => hotspotIds[r.hotspot]),
      dosage.map((r) => r.day),
      dosage.map((r) => r.patrolType),
      dosage.map((r) => r.minutes),
    ],
  );
}
