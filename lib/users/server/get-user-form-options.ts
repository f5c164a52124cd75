import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { UserFormOptions } from "@/lib/users/types";

/** The NPUs an investigator and the providers a partner can be given. */
export async function getUserFormOptions({ actor }: { actor: Actor }): Promise<UserFormOptions> {
  await requirePermission(actor, "users.manage");
  const prisma = getPrisma();
  const [npus, providers] = await Promise.all([
    prisma.npu.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.provider.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { npus, providers };
}
