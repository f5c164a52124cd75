import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";

export type ActionOwnerOption = { id: number; name: string; role: Role; organisation: string | null };

/**
 * Who may be given an action: active users other than administrators, by name. Partners are listed
 * too; whether one may own a particular action is checked when it is saved (their remit).
 */
export async function listActionOwners({ actor }: { actor: Actor }): Promise<ActionOwnerOption[]> {
  if (!can(actor, "actions.manage")) await requirePermission(actor, "actions.reassign");
  const rows = await getPrisma().user.findMany({
    where: { disabledAt: null, role: { not: "ADMIN" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true, provider: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, organisation: r.provider?.name ?? null }));
}
