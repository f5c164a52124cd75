import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";

/** Refuses an owner who is not an active police officer (the form offers only those). */
export async function checkEngagementOwner(tx: Tx, ownerId: number): Promise<void> {
  const owner = await tx.user.findFirst({
    where: { id: ownerId, role: { in: ["CHAIR", "ANALYST", "INVESTIGATOR"] }, disabledAt: null },
    select: { id: true },
  });
  if (!owner)
    throw new AppError("VALIDATION", { fieldErrors: { ownerId: ["Select an officer from the list"] } });
}
