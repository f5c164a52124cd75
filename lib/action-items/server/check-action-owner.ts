import "server-only";
import { AppError } from "@/lib/errors";
import type { Db, Tx } from "@/lib/db/server/prisma";
import { partnerOwnerError } from "@/lib/action-items/rules";

/**
 * An action's owner must be an active user with actions of their own (not an administrator), and a
 * partner only within their remit (lib/action-items/rules.ts partnerOwnerError). Throws VALIDATION
 * on `ownerId` with the reason; returns the owner's name for audit rows and notifications.
 */
export async function checkActionOwner(
  db: Db | Tx,
  { ownerId, offenceId, personId }: { ownerId: number; offenceId: number | null; personId: number | null },
): Promise<{ id: number; name: string }> {
  const owner = await db.user.findUnique({
    where: { id: ownerId },
    select: { id: true, name: true, role: true, disabledAt: true, providerId: true },
  });
  const refuse = (message: string): never => {
    throw new AppError("VALIDATION", { fieldErrors: { ownerId: [message] } });
  };
  if (!owner || owner.role === "ADMIN") return refuse("Select who owns the action");
  if (owner.disabledAt) return refuse(`${owner.name}'s account is disabled: choose someone else`);
  if (owner.role === "PARTNER") {
    const referred =
      personId != null && owner.providerId != null
        ? (await db.referral.count({ where: { personId, providerId: owner.providerId } })) > 0
        : false;
    const error = partnerOwnerError({ offenceId, personId, personReferredToProvider: referred });
    if (error) return refuse(error);
  }
  return { id: owner.id, name: owner.name };
}
