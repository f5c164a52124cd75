import "server-only";
import { PROVIDER_DETAIL_SELECT } from "@/lib/providers/server/provider-detail-select";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ProviderDetail } from "@/lib/providers/types";

/** One provider for the administrator's edit form. */
export async function getProvider({ actor, id }: { actor: Actor; id: number }): Promise<ProviderDetail> {
  await requirePermission(actor, "reference.manage", { entity: { type: "provider", id } });
  const provider = await getPrisma().provider.findUnique({
    where: { id },
    select: PROVIDER_DETAIL_SELECT,
  });
  if (!provider) throw new AppError("NOT_FOUND");
  return provider;
}
