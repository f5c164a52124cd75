import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { ENDED_REFERRAL_STATES, OPEN_REFERRAL_STATES } from "@/lib/referrals/rules";
import { PAGE_SIZE, pageWindow, type PageRequest } from "@/lib/pagination";
import type { ProviderReferral, ProviderReferrals } from "@/lib/referrals/types";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { readQuery } from "@/lib/search/query";
import { NO_REFERRAL_FILTERS, type ProviderReferralFilters } from "@/lib/search/referral-filters";
import { personNameMetaphones, providerReferralsByName } from "@/lib/search/server/person-name-match";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";

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
  filters = NO_REFERRAL_FILTERS,
  now = new Date(),
}: {
  actor: Actor;
  /** Issue 18: name or referral number, state, follow-up due. A name search is logged (s.62). */
  filters?: ProviderReferralFilters;
  now?: Date;
} & PageRequest): Promise<ProviderReferrals> {
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

  // The row rule: only this provider's referrals; then the filters.
  const filtered = await filterWhere(actor, provider.id, filters, now);
  const open = {
    AND: [filtered, { providerId: provider.id, state: { in: [...OPEN_REFERRAL_STATES] } }],
  } satisfies Prisma.ReferralWhereInput;
  const ended = {
    AND: [filtered, { providerId: provider.id, state: { in: [...ENDED_REFERRAL_STATES] } }],
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

/**
 * The filters as a where-fragment. A referral number matches that referral; any other text matches
 * the referred person's name the way the header search does (typos, either order, Mc/Mac), among
 * this provider's referrals only, and is logged as a search by a person's name.
 */
async function filterWhere(
  actor: Actor,
  providerId: number,
  filters: ProviderReferralFilters,
  now: Date,
): Promise<Prisma.ReferralWhereInput> {
  const and: Prisma.ReferralWhereInput[] = [];
  if (filters.state) and.push({ state: filters.state });
  if (filters.due) and.push({ followUpDueOn: { lte: dbDateOf(todayInUk(now)) } });
  const read = filters.q ? readQuery(filters.q) : null;
  if (read?.ok) {
    await recordPersonSearch({ actor, kind: "referral-list", terms: read.terms.text });
    const byName: number[] = [];
    if (read.terms.hasName) {
      const prisma = getPrisma();
      const metaphones = await personNameMetaphones(prisma, read.terms.nameKey);
      // All of them (null): the list counts and pages them (a limit of 1,000 cut a broad name short).
      byName.push(
        ...(await providerReferralsByName(prisma, providerId, read.terms.nameKey, metaphones, null)),
      );
    }
    const ids = read.terms.referralId !== null ? [...byName, read.terms.referralId] : byName;
    and.push({ id: { in: ids } });
  }
  return { AND: and };
}
