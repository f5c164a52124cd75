import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { requireOn } from "@/lib/auth/server/require-permission";

/**
 * The start of every change to an action (progress, review, reassignment): the permission checked
 * against the action (a refusal audited with it), then the action as saved now, or NOT_FOUND. The
 * entity is the one the change's audit row names.
 */
export async function actionToChange(actor: Actor, permission: Permission, id: number) {
  const { entity, prisma } = await requireOn(actor, permission, "action-item", id);
  const current = await prisma.actionItem.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND");
  return { entity, current };
}
