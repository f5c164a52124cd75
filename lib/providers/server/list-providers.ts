import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ProviderDetail } from "@/lib/providers/server/get-provider";

export type ProviderRow = ProviderDetail & { referralCount: number };

/** The provider directory for administrators: every provider, active ones first, by name. */
export async function listProviders({ actor }: { actor: Actor }): Promise<ProviderRow[]> {
  await requirePermission(actor, "reference.manage");
  const rows = await getPrisma().provider.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      type: true,
      pathways: true,
      areaCovered: true,
      contactRoute: true,
      active: true,
      version: true,
      _count: { select: { referrals: true } },
    },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, referralCount: _count.referrals }));
}
