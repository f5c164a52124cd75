import "server-only";
import type { Tx } from "@/lib/db/server/prisma";

/**
 * Locks the rows of every active administrator until the transaction ends, and returns their ids.
 * Without the lock two admins could each disable the other at the same moment, each seeing one
 * colleague still active, and leave nobody able to manage users. Callers take this lock before
 * touching the target row, always in id order, so two such changes queue instead of deadlocking.
 */
export async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    select "id" from "User" where "role" = 'ADMIN' and "disabledAt" is null order by "id" for update`;
  return rows.map((row) => row.id);
}
