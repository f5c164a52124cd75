import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorInput } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { passwordProblem } from "@/lib/users/rules";
import type { ResetUserPasswordInput } from "@/lib/users/schemas";
import type { UserChangeResult } from "@/lib/users/types";
import { applyUserChange } from "@/lib/users/server/apply-user-change";
import { loadUserForChange } from "@/lib/users/server/load-user-for-change";
import { generateTemporaryPassword } from "@/lib/users/server/temporary-password";
import { isCaseRole } from "@/lib/users/rules";
import { requestAccountChange } from "@/lib/users/server/request-account-change";

/**
 * Gives an account a temporary password — the admin's, or a generated one returned here once and
 * stored nowhere but as its hash — and ends the account's sessions. The audit row says that the
 * password changed and how; it never holds the password or its hash. The owner must change it at
 * their next sign-in. On an account with a case role the password is only asked for (its hash kept
 * with the request): a second person approves it first (issue 13.14).
 */
export async function resetUserPassword({
  actor,
  input,
}: ActorInput<ResetUserPasswordInput>): Promise<UserChangeResult & { temporaryPassword: string | null }> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id: input.id } });
  const problem = input.method === "set" ? passwordProblem(input.password) : null;
  if (problem) throw new AppError("VALIDATION", { fieldErrors: { password: [problem] } });
  const password = input.method === "generate" ? generateTemporaryPassword() : input.password;
  // argon2 takes tens of milliseconds: done before the transaction, so no row lock waits on it.
  const passwordHash = await hashPassword(password);

  return getPrisma().$transaction(async (tx) => {
    const before = await loadUserForChange(tx, input);
    const temporaryPassword = input.method === "generate" ? password : null;
    if (isCaseRole(before.role)) {
      await requestAccountChange(tx, { actor, user: before, ask: { kind: "PASSWORD", passwordHash } });
      return { id: before.id, version: before.version, temporaryPassword, pending: true };
    }
    const version = await applyUserChange(tx, {
      ...input,
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await writeAuditBy(tx, actor, {
      event: "user.password-reset",
      entity: { type: "user", id: before.id },
      before: { sessionVersion: before.sessionVersion },
      after: { sessionVersion: before.sessionVersion + 1 },
      detail: { password: input.method === "generate" ? "generated" : "set by administrator" },
    });
    return { id: before.id, version, temporaryPassword, pending: false };
  });
}
