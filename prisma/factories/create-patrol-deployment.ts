import type { PatrolDeployment } from "@/lib/generated/prisma/client";
import { day, ensureReferenceData, type Db } from "@/prisma/factories/create-reference-data";

export type CreatePatrolDeploymentInput = {
  /** The tactical period's first day, "YYYY-MM-DD". */
  periodStart: string;
  /** Hotspot codes in each arm, as recordPatrolDeployment takes them. */
  treatment: string[];
  control: string[];
};

/**
 * A period's deployment written straight to the table, as if recorded when the period was still
 * ahead (recordPatrolDeployment refuses a period that has started): the patrol tests' fixture.
 */
export async function createPatrolDeployment(
  db: Db,
  input: CreatePatrolDeploymentInput,
): Promise<PatrolDeployment> {
  const ref = await ensureReferenceData(db);
  const arm = (codes: string[], arm: "TREATMENT" | "CONTROL") =>
    codes.map((code) => ({ hotspotId: ref.hotspot(code), arm }));
  return db.patrolDeployment.create({
    data: {
      periodStart: day(input.periodStart),
      arms: { create: [...arm(input.treatment, "TREATMENT"), ...arm(input.control, "CONTROL")] },
    },
  });
}
