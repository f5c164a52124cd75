import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";
import type { UserChangeResult } from "@/lib/users/types";
import type { UserVersionInput } from "@/lib/users/schemas";
import { applyUserChange } from "@/lib/users/server/apply-user-change";
import { changeAnotherAccount } from "@/lib/users/server/change-another-account";

/**
 * Disables an account and ends its sessions (sessionVersion): get-actor refuses its cookie on the
 * next request. An admin cannot disable themselves, nor the last active administrator.
 */
export async function disableUser({ actor, input }: ActorInput<UserVersionInput>): Promise<UserChangeResult> {
  const self = { reason: "self-disable", message: USER_RULE_MESSAGES.selfDisable };
  return changeAnotherAccount(actor, input, self, async (tx, { before, admins }) => {
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
