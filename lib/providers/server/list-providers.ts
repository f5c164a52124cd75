import "server-only";
import { PROVIDER_DETAIL_SELECT } from "@/lib/providers/server/provider-detail-select";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ProviderDetail } from "@/lib/providers/types";

export type ProviderRow = ProviderDetail & { referralCount: number };

/** The provider directory for administrators: every provider, active ones first, by name. */
export async function listProviders({ actor }: { actor: Actor }): Promise<ProviderRow[]> {
  await requirePermission(actor, "reference.manage");
  const rows = await getPrisma().provider.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      ...PROVIDER_DETAIL_SELECT,
      _count: { select: { referrals: true } },
    },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, referralCount: _count.referrals }));
}
