import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";
import type { UserChangeResult } from "@/lib/users/types";
import type { UserVersionInput } from "@/lib/users/schemas";
import { applyUserChange } from "@/lib/users/server/apply-user-change";
import { loadUserForChange } from "@/lib/users/server/load-user-for-change";
import { lockActiveAdmins } from "@/lib/users/server/lock-active-admins";
import { refuseSelfChange } from "@/lib/users/server/refuse-self-change";

/**
 * Disables an account and ends its sessions (sessionVersion): get-actor refuses its cookie on the
 * next request. An admin cannot disable themselves, nor the last active administrator.
 */
export async function disableUser({ actor, input }: ActorInput<UserVersionInput>): Promise<UserChangeResult> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id: input.id } });
  await refuseSelfChange(actor, input.id, {
    reason: "self-disable",
    message: USER_RULE_MESSAGES.selfDisable,
  });

  return getPrisma().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await loadUserForChange(tx, input);
    if (before.disabledAt) throw new AppError("CONFLICT", { message: "This account is already disabled." });
    if (before.role === "ADMIN" && !admins.some((id) => id !== before.id)) {
      throw new AppError("CONFLICT", { message: USER_RULE_MESSAGES.lastAdmin });
    }

    const disabledAt = new Date();
    // The user_session_bump trigger would move sessionVersion on anyway; saying so here makes the
    // audit row's "after" certain rather than inferred.
    const version = await applyUserChange(tx, {
      ...input,
      data: { disabledAt, sessionVersion: { increment: 1 } },
    });
    await writeAuditBy(tx, actor, {
      event: "user.disabled",
      entity: { type: "user", id: before.id },
      before: { disabledAt: null, sessionVersion: before.sessionVersion },
      after: { disabledAt, sessionVersion: before.sessionVersion + 1 },
    });
    return { id: before.id, version };
  });
}
