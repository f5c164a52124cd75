import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { UserDetail } from "@/lib/users/types";
import { toUserDetail, userDetailSelect } from "@/lib/users/server/user-row";

export async function getUserOrThrow({ actor, id }: { actor: Actor; id: number }): Promise<UserDetail> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id } });
  const row = await getPrisma().user.findUnique({ where: { id }, select: userDetailSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return toUserDetail(row);
}
