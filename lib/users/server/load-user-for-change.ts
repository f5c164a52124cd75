import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { userDetailSelect, type UserDetailRow } from "@/lib/users/server/user-row";

/**
 * The account as it stands, for a change the admin asked for having seen `version`: NOT_FOUND if it
 * is gone, CONFLICT if someone changed it since. applyUserChange checks the version again in its
 * UPDATE, so a change committed between the two still cannot be overwritten.
 */
export async function loadUserForChange(
  tx: Tx,
  { id, version }: { id: number; version: number },
): Promise<UserDetailRow> {
  const row = await tx.user.findUnique({ where: { id }, select: userDetailSelect });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.version !== version) throw new AppError("CONFLICT");
  return row;
}
