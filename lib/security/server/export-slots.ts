import "server-only";
import { AppError } from "@/lib/errors";

// At most EXPORTS_PER_USER downloads (CSV exports, PDFs) run at once per user in this process: a
// user, or a script with their session, cannot hold the export machinery (and the database
// connections behind it) open many times over.

export const EXPORTS_PER_USER = 2;

const store = globalThis as unknown as { captivaExportSlots?: Map<number, number> };
const running = (store.captivaExportSlots ??= new Map<number, number>());

/** Takes a slot or throws RATE_LIMITED; the returned function gives it back (calling it twice is harmless). */
export function takeExportSlot(userId: number): () => void {
  const held = running.get(userId) ?? 0;
  if (held >= EXPORTS_PER_USER) {
    throw new AppError("RATE_LIMITED", {
      message: `You already have ${EXPORTS_PER_USER} downloads in progress. Wait for one to finish, then try again.`,
    });
  }
  running.set(userId, held + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const now = (running.get(userId) ?? 1) - 1;
    if (now <= 0) running.delete(userId);
    else running.set(userId, now);
  };
}

/** Runs a download that completes in one go (a PDF, a small CSV) inside a slot. */
export async function withExportSlot<T>(userId: number, work: () => Promise<T>): Promise<T> {
  const release = takeExportSlot(userId);
  try {
    return await work();
  } finally {
    release();
  }
}
