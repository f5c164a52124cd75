import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { PERSON_SEARCH_LIMIT, personSearchWindowStart } from "@/lib/persons/search-limit";

export type PersonSearchKind =
  /** The intelligence link picker: returns persons, so it is limited per user. */
  | "link-picker"
  /** The offence list's name filter: tells which offences a named person is on. */
  | "offence-list";

const EVENT = { "link-picker": "person.searched", "offence-list": "offence.searched-by-person" } as const;
const WHY: Record<PersonSearchKind, string> = {
  "link-picker": "Searched for a person to link to intelligence",
  "offence-list": "Searched the offence list by a person's name",
};

/**
 * s.62: logs a search by a person's name as a consultation with its terms, before the search runs.
 * The link picker's searches are also limited per user (PERSON_SEARCH_LIMIT): the count and the new
 * row are taken under a per-user advisory lock, so parallel requests cannot slip past it. A refused
 * search writes a SECURITY row and throws RATE_LIMITED.
 */
export async function recordPersonSearch({
  actor,
  kind,
  terms,
  now = new Date(),
}: {
  actor: Actor;
  kind: PersonSearchKind;
  terms: string;
  now?: Date;
}): Promise<void> {
  const event = EVENT[kind];
  const entity = { type: "person", id: "search" };
  const limited = kind === "link-picker";
  const refused = await getPrisma().$transaction(async (tx) => {
    if (limited) {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`person-search:${actor.id}`}))`;
      const recent = await tx.auditEvent.count({
        where: { actorId: actor.id, event, occurredAt: { gte: personSearchWindowStart(now) } },
      });
      if (recent >= PERSON_SEARCH_LIMIT.perUser) return true;
    }
    await writeAudit(tx, {
      event,
      actor: auditActorOf(actor),
      entity,
      justification: WHY[kind],
      detail: { terms },
    });
    return false;
  });
  if (refused) {
    await writeAudit(getPrisma(), {
      event: "request.refused",
      actor: auditActorOf(actor),
      entity,
      detail: { reason: "person-search-limit", terms },
    });
    throw new AppError("RATE_LIMITED", {
      message: `You have searched for people ${PERSON_SEARCH_LIMIT.perUser} times in ${PERSON_SEARCH_LIMIT.windowMinutes} minutes. Wait a few minutes and try again.`,
    });
  }
}
