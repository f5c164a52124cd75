import "server-only";
import { AppError } from "@/lib/errors";
import type { SignedInForAudit } from "@/lib/audit/events";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { HEADER_SEARCH_LIMIT, PERSON_SEARCH_LIMIT } from "@/lib/audit/person-search-limits";

export type PersonSearchKind =
  /** The intelligence link picker: returns persons, so it is limited per user. */
  | "link-picker"
  /** The offence list's name filter: tells which offences a named person is on. */
  | "offence-list"
  /** The header search box (issue 18): names, references, dates; limited per user. */
  | "header"
  /** A partner's referral list filtered by a person's name or a referral number (issue 18). */
  | "referral-list"
  /** The people index (/persons, issue 18): names, dates of birth, nominal ids, filters; limited per user. */
  | "person-index";

const EVENT = {
  "link-picker": "person.searched",
  "offence-list": "offence.searched-by-person",
  header: "search.performed",
  "referral-list": "referral.searched-by-person",
  "person-index": "person.index-searched",
} as const;
const WHY: Record<PersonSearchKind, string> = {
  "link-picker": "Searched for a person to link to intelligence",
  "offence-list": "Searched the offence list by a person's name",
  header: "Searched from the header search box",
  "referral-list": "Searched the referral list by a person's name or a referral number",
  "person-index": "Searched the people index",
};
const LIMITS: Partial<Record<PersonSearchKind, { windowMinutes: number; perUser: number }>> = {
  "link-picker": PERSON_SEARCH_LIMIT,
  header: HEADER_SEARCH_LIMIT,
  "referral-list": HEADER_SEARCH_LIMIT,
  "person-index": HEADER_SEARCH_LIMIT,
};

/**
 * s.62: logs a search by a person's name as a consultation with its terms, before the search runs.
 * The link picker's and the header's searches are also limited per user (LIMITS): the count and the new
 * row are taken under a per-user advisory lock, so parallel requests cannot slip past it. A refused
 * search writes a SECURITY row and throws RATE_LIMITED.
 */
export async function recordPersonSearch({
  actor,
  kind,
  terms,
  now = new Date(),
}: {
  actor: SignedInForAudit;
  kind: PersonSearchKind;
  terms: string;
  now?: Date;
}): Promise<void> {
  const event = EVENT[kind];
  const entity = { type: "person", id: "search" };
  const limit = LIMITS[kind];
  const refused = await getPrisma().$transaction(async (tx) => {
    if (limit) {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`person-search:${actor.id}`}))`;
      const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
      const recent = await tx.auditEvent.count({
        where: { actorId: actor.id, event, occurredAt: { gte: since } },
      });
      if (recent >= limit.perUser) return true;
    }
    await writeAuditBy(tx, actor, {
      event,
      entity,
      justification: WHY[kind],
      detail: { terms },
    });
    return false;
  });
  if (refused) {
    await writeAuditBy(getPrisma(), actor, {
      event: "request.refused",
      entity,
      detail: {
        reason: kind === "header" || kind === "person-index" ? "search-limit" : "person-search-limit",
        terms,
      },
    });
    throw new AppError("RATE_LIMITED", {
      message: `You have searched ${kind === "header" ? "" : "for people "}${limit!.perUser} times in ${limit!.windowMinutes} minutes. Wait a few minutes and try again.`,
    });
  }
}
