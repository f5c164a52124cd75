import "server-only";
import { forbidden } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/server/require-actor";
import { requirePermission } from "@/lib/auth/server/require-permission";

/**
 * The first line of every protected page: signed in (else redirect to sign in) and holding
 * `permission` (else an audited refusal and Next's 403 page, app/forbidden.tsx). Needs
 * `experimental.authInterrupts: true` in next.config.js.
 */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!permission) return actor;
  try {
    await requirePermission(actor, permission);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
  return actor;
}
