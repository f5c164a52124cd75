import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * The start of every change to an action (progress, review, reassignment): the permission checked
 * against the action (a refusal audited with it), then the action as saved now, or NOT_FOUND. The
 * entity is the one the change's audit row names.
 */
export async function actionToChange(actor: Actor, permission: Permission, id: number) {
  const entity = { type: "action-item", id };
  await requirePermission(actor, permission, { entity });
  const current = await getPrisma().actionItem.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND");
  return { entity, current };
}
