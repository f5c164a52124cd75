import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { isCaseRole, USER_RULE_MESSAGES } from "@/lib/users/rules";
import { requestAccountChange } from "@/lib/users/server/request-account-change";
import type { ChangeUserRoleInput } from "@/lib/users/schemas";
import type { UserChangeResult } from "@/lib/users/types";
import { applyUserChange } from "@/lib/users/server/apply-user-change";
import { checkRoleScope } from "@/lib/users/server/check-role-scope";
import { changeAnotherAccount } from "@/lib/users/server/change-another-account";

/**
 * Changes an account's role and its NPU or provider. A new role ends the user's sessions
 * (sessionVersion), so their next request signs them out and they come back with the new role's
 * home and navigation; a new NPU or provider alone applies on their next request, since get-actor
 * reads both from the database every time. Admins cannot change their own role, and the last
 * active administrator keeps theirs. Granting a case role only asks for it: a second person approves
 * (issue 13.14, decide-account-change.ts applies it).
 */
export async function changeUserRole({
  actor,
  input,
}: ActorInput<ChangeUserRoleInput>): Promise<UserChangeResult> {
  const self = { reason: "self-role-change", message: USER_RULE_MESSAGES.selfRoleChange };
  return changeAnotherAccount(actor, input, self, async (tx, { before, admins }) => {
    const scope = await checkRoleScope(tx, {
      role: input.role,
      npuId: input.npuId,
      providerId: input.providerId,
    });
    const roleChanged = scope.role !== before.role;
    if (!roleChanged && scope.npuId === before.npuId && scope.providerId === before.providerId) {
      return { id: before.id, version: before.version }; // nothing to change, nothing to log
    }
    if (
      roleChanged &&
      before.role === "ADMIN" &&
      !before.disabledAt &&
      !admins.some((id) => id !== before.id)
    ) {
      throw new AppError("CONFLICT", { message: USER_RULE_MESSAGES.lastAdmin });
    }
    if (roleChanged && isCaseRole(scope.role)) {
      await requestAccountChange(tx, {
        actor,
        user: before,
        ask: { kind: "CASE_ROLE", ...scope, newAccount: false },
      });
      return { id: before.id, version: before.version, pending: true };
    }

    const version = await applyUserChange(tx, {
      ...input,
      data: { ...scope, ...(roleChanged ? { sessionVersion: { increment: 1 } } : {}) },
    });
    const after = await tx.user.findUniqueOrThrow({
      where: { id: before.id },
      select: {
        role: true,
        sessionVersion: true,
        npu: { select: { name: true } },
        provider: { select: { name: true } },
      },
    });
    await writeAuditBy(tx, actor, {
      event: roleChanged ? "user.role-changed" : "user.updated",
      entity: { type: "user", id: before.id },
      before: {
        role: before.role,
        npu: before.npu?.name ?? null,
        provider: before.provider?.name ?? null,
        sessionVersion: before.sessionVersion,
      },
      after: {
        role: after.role,
        npu: after.npu?.name ?? null,
        provider: after.provider?.name ?? null,
        sessionVersion: after.sessionVersion,
      },
    });
    return { id: before.id, version };
  });
}
