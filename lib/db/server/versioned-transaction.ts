import "server-only";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";

// Optimistic concurrency (ARCHITECTURE.md): an editable row is written `where id and version`, and
// a write that matched nothing means someone saved first. That is found inside the transaction, so
// it is thrown there to roll back whatever was written before it, and answered outside it, where
// the caller reads what is saved now for the conflict message.
class StaleVersion extends Error {}

/** Inside versionedTransaction: stops it unless the `where id and version` write found its row. */
export function claimVersion(written: { count: number }): void {
  if (written.count === 0) throw new StaleVersion();
}

/**
 * Runs a versioned change and its audit row in one transaction. When `claimVersion` finds the row
 * saved by someone else, nothing is written and `onStale` answers (it throws, or returns the error
 * to throw: a CONFLICT with the saved values).
 */
export async function versionedTransaction<T>(
  write: (tx: Tx) => Promise<T>,
  onStale: () => Promise<Error>,
): Promise<T> {
  try {
    return await getPrisma().$transaction(write);
  } catch (error) {
    if (error instanceof StaleVersion) throw await onStale();
    throw error;
  }
}
