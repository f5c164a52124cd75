import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { AccountChangeRow } from "@/lib/users/types";

/**
 * Pending account changes for the approvals screen, oldest first, each saying whether this actor may
 * decide it (not their own request, not their own account). Never a password hash.
 */
export async function listAccountChangeRequests({ actor }: { actor: Actor }): Promise<AccountChangeRow[]> {
  await requirePermission(actor, "accounts.approve", {
    entity: { type: "account-change-request", id: "list" },
  });
  const rows = await getPrisma().accountChangeRequest.findMany({
    where: { status: "PENDING" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      role: true,
      newAccount: true,
      requestedAt: true,
      requestedById: true,
      requestedBy: { select: { name: true } },
      user: { select: { id: true, name: true, email: true, role: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    role: r.role,
    newAccount: r.newAccount,
    requestedAt: r.requestedAt,
    requestedBy: r.requestedBy.name,
    user: r.user,
    mayDecide: r.requestedById !== actor.id && r.user.id !== actor.id,
  }));
}
