import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";

/** The NPUs for the group list's filter. */
export async function listGroupNpus({ actor }: { actor: Actor }): Promise<{ id: number; name: string }[]> {
  await requirePermission(actor, "groups.read");
  return getPrisma().npu.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
