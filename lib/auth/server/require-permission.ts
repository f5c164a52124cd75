import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { AuditEntity } from "@/lib/audit/events";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { requestPathDetail } from "@/lib/auth/server/get-request-address";

/**
 * Throws AppError("FORBIDDEN") unless the actor's role grants `permission`, after writing a
 * SECURITY "access.refused" row. Checks the role against the permission table rather than
 * `actor.permissions`, so a hand-built Actor cannot grant itself anything.
 * Data functions call it again even when the action already did: they may be reached another way.
 */
export async function requirePermission(
  actor: Actor,
  permission: Permission,
  context: { entity?: AuditEntity; detail?: Record<string, unknown> } = {},
): Promise<void> {
  if (can(actor.role, permission)) return;
  await writeAuditBy(getPrisma(), actor, {
    event: "access.refused",
    entity: context.entity,
    detail: { permission, ...context.detail, ...(await requestPathDetail()) },
  });
  throw new AppError("FORBIDDEN", { detail: { permission } });
}

/**
 * The opening of a data function that works on one record: the permission checked against that
 * record before anything reads or touches it, so a refusal's audit row names it. Returns the entity
 * (the one the function's own audit rows name) and the client to read and write with.
 */
export async function requireOn(actor: Actor, permission: Permission, type: string, id: AuditEntity["id"]) {
  const entity = { type, id };
  await requirePermission(actor, permission, { entity });
  return { entity, prisma: getPrisma() };
}
