import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { EngagementOwner } from "@/lib/hotspots/engagement-types";

/** The officers who may own a plan or an entry: active police users (chair, analysts, investigators). */
export async function listEngagementOwners({ actor }: { actor: Actor }): Promise<EngagementOwner[]> {
  await requirePermission(actor, "engagement.write");
  return getPrisma().user.findMany({
    where: { role: { in: ["CHAIR", "ANALYST", "INVESTIGATOR"] }, disabledAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
