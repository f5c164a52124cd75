import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";

export type PlanOwnerOption = { id: number; name: string };

/** Police users who can own a 4P plan line (never partners: they may not see groups). */
export const PLAN_OWNER_ROLES = ["CHAIR", "ANALYST", "INVESTIGATOR"] as const;

/** The owners a plan line can be given: enabled police users, by name. */
export async function listPlanOwners({ actor }: { actor: Actor }): Promise<PlanOwnerOption[]> {
  await requirePermission(actor, "groups.write");
  return getPrisma().user.findMany({
    where: { role: { in: [...PLAN_OWNER_ROLES] }, disabledAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
