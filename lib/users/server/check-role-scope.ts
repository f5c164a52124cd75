import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { normaliseRoleScope, roleScopeErrors, type RoleScope } from "@/lib/users/rules";

/**
 * The role's NPU or provider, checked again on the server (the form's schema may have been
 * bypassed) and against the database: the NPU must exist, the provider must exist and be active.
 * Field errors come back on the same fields the form shows.
 */
export async function checkRoleScope(tx: Tx, scope: RoleScope): Promise<RoleScope> {
  const normalised = normaliseRoleScope(scope);
  const missing = roleScopeErrors(normalised);
  if (missing.npuId || missing.providerId) {
    throw new AppError("VALIDATION", {
      fieldErrors: Object.fromEntries(Object.entries(missing).map(([k, v]) => [k, [v]])),
    });
  }
  if (
    normalised.npuId &&
    !(await tx.npu.findUnique({ where: { id: normalised.npuId }, select: { id: true } }))
  ) {
    throw new AppError("VALIDATION", {
      fieldErrors: { npuId: ["Select a neighbourhood policing unit from the list"] },
    });
  }
  if (
    normalised.providerId &&
    !(await tx.provider.findFirst({
      where: { id: normalised.providerId, active: true },
      select: { id: true },
    }))
  ) {
    throw new AppError("VALIDATION", {
      fieldErrors: { providerId: ["Select an intervention provider from the list"] },
    });
  }
  return normalised;
}
