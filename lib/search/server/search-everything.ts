import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/server/prisma";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { bornLabel } from "@/lib/labels/person-name";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";
import { referralAccess } from "@/lib/auth/server/referral-access";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { readQuery, type SearchTerms } from "@/lib/search/query";
import {
  SEARCH_KIND_TITLES,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  type SearchOutcome,
} from "@/lib/search/search-dto";
import { personNameMetaphones, providerReferralsByName } from "@/lib/search/server/person-name-match";
import {
  LIMIT,
  searchGroups,
  searchIntelligence,
  searchMeetings,
  searchOffences,
  searchPersons,
} from "@/lib/search/server/search-sources";

type Db = Prisma.TransactionClient;

/** The kinds this actor may search: a role never receives a result it could not open. */
export function searchableKinds(actor: Pick<Actor, "role">): SearchKind[] {
  const may: Record<SearchKind, boolean> = {
    person: can(actor.role, "persons.read"),
    // Chair and analysts: all; investigators: those they made; partners: their provider's.
    referral:
      can(actor.role, "referrals.read") ||
      can(actor.role, "referrals.read.own-provider") ||
      can(actor.role, "referrals.create"),
    offence: can(actor.role, "offences.read"),
    intelligence: intelligenceAccess(actor).mayRead,
    group: can(actor.role, "groups.read"),
    meeting: can(actor.role, "meetings.read"),
  };
  return SEARCH_KINDS.filter((kind) => may[kind]);
}

/**
 * The header search box (issue 18). Judges the text (readQuery: a message instead of an error for
 * empty, short or unreadable input), logs the search with its terms as a consultation and counts it
 * against the user's limit (RATE_LIMITED past it; s.62), then searches every kind the actor may
 * open, each under its own row rule, and returns hits grouped by kind, best first.
 */
export async function searchEverything({
  actor,
  text,
}: {
  actor: Actor;
  text: unknown;
}): Promise<SearchOutcome> {
  const read = readQuery(text);
  if (!read.ok) return { status: "refused", text: read.text, message: read.message };
  const { terms } = read;
  const kinds = searchableKinds(actor);
  await recordPersonSearch({ actor, kind: "header", terms: terms.text });
  if (kinds.length === 0)
    return { status: "done", text: terms.text, notice: read.notice, groups: [], searched: [] };

  const hits = await getPrisma().$transaction(
    async (tx) => {
      const metaphones = terms.hasName ? await personNameMetaphones(tx, terms.nameKey) : [];
      const found: Partial<Record<SearchKind, SearchHit[]>> = {};
      // One connection, so one after another; each is an index lookup (npm run bench -- --only search).
      for (const kind of kinds) found[kind] = await searchKind(tx, actor, kind, terms, metaphones);
      return found;
    },
    // Prisma's 5 s default would turn a slow moment on a busy server into an error page.
    { isolationLevel: "RepeatableRead", timeout: 20_000 },
  );
  return {
    status: "done",
    text: terms.text,
    notice: read.notice,
    searched: kinds,
    groups: kinds.flatMap((kind) => {
      const list = hits[kind] ?? [];
      return list.length > 0 ? [{ kind, title: SEARCH_KIND_TITLES[kind], hits: list }] : [];
    }),
  };
}

async function searchKind(
  tx: Db,
  actor: Actor,
  kind: SearchKind,
  terms: SearchTerms,
  metaphones: string[],
): Promise<SearchHit[]> {
  switch (kind) {
    case "person":
      return searchPersons(tx, terms, metaphones);
    case "referral":
      return searchReferrals(tx, actor, terms, metaphones);
    case "offence":
      return searchOffences(tx, terms);
    case "intelligence":
      return searchIntelligence(tx, terms, intelligenceAccess(actor).mayReadRestricted);
    case "group":
      return searchGroups(tx, terms);
    case "meeting":
      return searchMeetings(tx, terms, terms.day);
  }
}

/**
 * Referrals by number for everyone who may see referrals, and for partners (who may not open a
 * person's record) also by the referred person's name. Whatever the name query finds is filtered
 * again through THE referral rule (referralAccess), so a partner sees only their provider's.
 */
async function searchReferrals(
  tx: Db,
  actor: Actor,
  terms: SearchTerms,
  metaphones: string[],
): Promise<SearchHit[]> {
  const ids: number[] = [];
  if (terms.referralId !== null) ids.push(terms.referralId);
  const partner = !can(actor.role, "persons.read") && can(actor.role, "referrals.read.own-provider");
  if (partner && actor.providerId !== null && terms.hasName) {
    ids.push(...(await providerReferralsByName(tx, actor.providerId, terms.nameKey, metaphones, LIMIT)));
  }
  if (ids.length === 0) return [];
  const rows = await tx.referral.findMany({
    where: { AND: [referralAccess(actor).where, { id: { in: ids } }] },
    select: {
      id: true,
      state: true,
      referredOn: true,
      provider: { select: { name: true } },
      person: {
        select: { surname: true, forenames: true, dateOfBirth: true, npu: { select: { name: true } } },
      },
    },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((r) => ({
      kind: "referral",
      id: r.id,
      href: `/referrals/${r.id}`,
      label: `Referral ${r.id}: ${[r.person.forenames, r.person.surname].filter(Boolean).join(" ")}`,
      detail: [
        bornLabel(r.person.dateOfBirth),
        r.person.npu?.name ?? "NPU not known",
        r.provider.name,
        REFERRAL_STATE_LABELS[r.state],
      ].join(", "),
    }));
}
