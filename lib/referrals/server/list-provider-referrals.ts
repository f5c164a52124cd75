import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { ENDED_REFERRAL_STATES, OPEN_REFERRAL_STATES } from "@/lib/referrals/rules";
import { PAGE_SIZE, pageWindow } from "@/lib/pagination";
import type { ProviderReferral, ProviderReferrals } from "@/lib/referrals/types";

const select = {
  id: true,
  reason: true,
  state: true,
  referredOn: true,
  followUpDueOn: true,
  person: { select: { surname: true, forenames: true, dateOfBirth: true, npu: { select: { name: true } } } },
} satisfies Prisma.ReferralSelect;

const orderBy = [{ referredOn: "desc" }, { id: "desc" }] satisfies Prisma.ReferralOrderByWithRelationInput[];

/**
 * The referrals to the actor's own provider: open ones (referred, contacted, engaged) first, then
 * ended ones, newest referral first within each. Refuses an actor not attached to a provider.
 */
export async function listProviderReferrals({
  actor,
  page = 1,
  pageSize = PAGE_SIZE,
}: {
  actor: Actor;
  page?: number;
  pageSize?: number;
}): Promise<ProviderReferrals> {
  await requirePermission(actor, "referrals.read.own-provider");
  await requirePermission(actor, "persons.read.minimal");
  const prisma = getPrisma();
  const provider = actor.providerId
    ? await prisma.provider.findUnique({ where: { id: actor.providerId }, select: { id: true, name: true } })
    : null;
  if (!provider)
    return refuseAccess({
      actor,
      entity: { type: "user", id: actor.id },
      reason: "not attached to a provider",
    });

  // The row rule: only this provider's referrals.
  const open = {
    providerId: provider.id,
    state: { in: [...OPEN_REFERRAL_STATES] },
  } satisfies Prisma.ReferralWhereInput;
  const ended = {
    providerId: provider.id,
    state: { in: [...ENDED_REFERRAL_STATES] },
  } satisfies Prisma.ReferralWhereInput;
  const [openCount, endedCount] = await Promise.all([
    prisma.referral.count({ where: open }),
    prisma.referral.count({ where: ended }),
  ]);
  const total = openCount + endedCount;
  const window = pageWindow(page, total, pageSize);

  // One page may straddle the two groups: the rest of the open ones, then the first ended ones.
  const openRows =
    window.skip < openCount
      ? await prisma.referral.findMany({ where: open, orderBy, skip: window.skip, take: window.take, select })
      : [];
  const endedTake = window.take - openRows.length;
  const endedRows =
    endedTake > 0
      ? await prisma.referral.findMany({
          where: ended,
          orderBy,
          skip: Math.max(0, window.skip - openCount),
          take: endedTake,
          select,
        })
      : [];

  return {
    providerName: provider.name,
    items: [...openRows, ...endedRows].map((row): ProviderReferral => ({
      id: row.id,
      surname: row.person.surname,
      forenames: row.person.forenames,
      dateOfBirth: row.person.dateOfBirth,
      npuName: row.person.npu?.name ?? null,
      reason: row.reason,
      state: row.state,
      referredOn: row.referredOn,
      followUpDueOn: row.followUpDueOn,
    })),
    openCount,
    total,
    page: window.page,
    pageSize,
    totalPages: window.totalPages,
  };
}
