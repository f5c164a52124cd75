import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/server/prisma";

/**
 * Optimistic concurrency: updates the account only if it is still at `version`, and moves the
 * version on. Zero rows means another change committed first: CONFLICT, and the caller's
 * transaction (with its audit row) rolls back.
 */
export async function applyUserChange(
  tx: Tx,
  { id, version, data }: { id: number; version: number; data: Prisma.UserUncheckedUpdateManyInput },
): Promise<number> {
  const { count } = await tx.user.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT");
  return version + 1;
}
