import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import type { UserDetailRow } from "@/lib/users/server/user-row";
import { loadUserForChange } from "@/lib/users/server/load-user-for-change";
import { lockActiveAdmins } from "@/lib/users/server/lock-active-admins";

/**
 * The start of an administrator's change that could leave nobody to manage users (disabling an
 * account, a new role): the permission; their own account refused; then, in the change's
 * transaction, the active administrators locked (their ids for the last-admin rule) and the account
 * as saved at the version the administrator saw.
 *
 * An administrator may not change their own account this way. The screen offers no such button, so
 * only a hand-made request gets there: it is logged, then refused with `self.message`.
 */
export async function changeAnotherAccount<T>(
  actor: Actor,
  input: { id: number; version: number },
  self: { reason: string; message: string },
  change: (tx: Tx, account: { before: UserDetailRow; admins: number[] }) => Promise<T>,
): Promise<T> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id: input.id } });
  if (input.id === actor.id) {
    await writeAuditBy(getPrisma(), actor, {
      event: "access.refused",
      entity: { type: "user", id: input.id },
      detail: { reason: self.reason },
    });
    throw new AppError("FORBIDDEN", { message: self.message });
  }
  return getPrisma().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await loadUserForChange(tx, input);
    return change(tx, { before, admins });
  });
}
