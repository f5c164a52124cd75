import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { UserChangeResult } from "@/lib/users/types";
import type { UserVersionInput } from "@/lib/users/schemas";
import { applyUserChange } from "@/lib/users/server/apply-user-change";
import { loadUserForChange } from "@/lib/users/server/load-user-for-change";

/** Re-enables a disabled account. Its old sessions stay ended: sessionVersion only ever moves on. */
export async function enableUser({ actor, input }: ActorInput<UserVersionInput>): Promise<UserChangeResult> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id: input.id } });

  return getPrisma().$transaction(async (tx) => {
    const before = await loadUserForChange(tx, input);
    if (!before.disabledAt) throw new AppError("CONFLICT", { message: "This account is already active." });
    // A new case-role account waits for its approval (issue 13.14): enabling it would skip that.
    const waiting = await tx.accountChangeRequest.findFirst({
      where: { userId: before.id, kind: "CASE_ROLE", status: "PENDING", newAccount: true },
      select: { id: true },
    });
    if (waiting)
      throw new AppError("CONFLICT", {
        message: "This new account is waiting for approval of its role. It is enabled when that is approved.",
      });

    const version = await applyUserChange(tx, { ...input, data: { disabledAt: null } });
    // The user_session_bump trigger moves sessionVersion on for any change of disabledAt.
    const after = await tx.user.findUniqueOrThrow({
      where: { id: before.id },
      select: { sessionVersion: true },
    });
    await writeAuditBy(tx, actor, {
      event: "user.enabled",
      entity: { type: "user", id: before.id },
      before: { disabledAt: before.disabledAt, sessionVersion: before.sessionVersion },
      after: { disabledAt: null, sessionVersion: after.sessionVersion },
    });
    return { id: before.id, version };
  });
}
