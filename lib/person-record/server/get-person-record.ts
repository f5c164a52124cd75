import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { AccessContext } from "@/lib/auth/schemas";
import { requireOn } from "@/lib/auth/server/require-permission";
import { getAccessReason } from "@/lib/auth/server/get-access-reason";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { personFlags } from "@/lib/persons/rules";
import { displayName } from "@/lib/labels/person-name";
import { ageOn, dbDateOf, todayInUk } from "@/lib/dates/day";
import type { PersonRecordResult } from "@/lib/person-record/person-record";
import { loadPersonSections } from "@/lib/person-record/server/load-person-sections";

/**
 * A person's record, for chair, analyst and investigator (persons.read; partners and admins are
 * refused). s.62: nothing is returned until the actor has given a reason in this sign-in for the
 * person or for the offence they came from; then every call logs a CONSULTATION with that reason.
 * The offence context counts only if the person is linked to that offence, so a reason given for
 * one case cannot open unrelated people.
 */
export async function getPersonRecord({
  actor,
  personId,
  offenceContextId = null,
}: {
  actor: Actor;
  personId: number;
  offenceContextId?: number | null;
}): Promise<PersonRecordResult> {
  const { entity, prisma } = await requireOn(actor, "persons.read", "person", personId);
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      surname: true,
      forenames: true,
      dateOfBirth: true,
      gender: true,
      vulnerable: true,
      npu: { select: { name: true } },
      mergedInto: { select: { id: true, surname: true, forenames: true } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND");

  const contexts: AccessContext[] = [{ type: "person", id: personId }];
  if (offenceContextId !== null) {
    const linked = await prisma.offencePerson.findFirst({
      where: { offenceId: offenceContextId, personId },
      select: { id: true },
    });
    if (linked) contexts.unshift({ type: "offence", id: offenceContextId });
  }
  const given = await getAccessReason({ actor, contexts });
  // No name before the reason (issue 13.9): the reason page itself must not disclose whom it opens.
  if (!given) return { status: "reason-required", context: contexts[0]! };

  await recordConsultation({ actor, event: "person.viewed", entity, justification: given.reason });

  const today = dbDateOf(todayInUk());
  const sections = await loadPersonSections({ actor, personId, today });
  const mergeBack = person.mergedInto
    ? await prisma.personMerge.findFirst({
        where: { mergedId: personId, survivorId: person.mergedInto.id, reversedAt: null },
        orderBy: { id: "desc" },
        select: { id: true },
      })
    : null;

  return {
    status: "ok",
    record: {
      id: person.id,
      surname: person.surname,
      forenames: person.forenames,
      dateOfBirth: person.dateOfBirth,
      age: person.dateOfBirth ? ageOn(person.dateOfBirth, today) : null,
      gender: person.gender,
      npu: person.npu?.name ?? null,
      vulnerable: person.vulnerable,
      flags: personFlags({
        dateOfBirth: person.dateOfBirth,
        vulnerable: person.vulnerable,
        appearances: sections.offences.map((o) => ({ role: o.role, occurredOn: o.occurredOn })),
        activeGroupMemberships: sections.activeGroupMemberships ?? 0,
        today,
      }),
      mergedInto: person.mergedInto
        ? { id: person.mergedInto.id, name: displayName(person.mergedInto), mergeId: mergeBack?.id ?? null }
        : null,
      offences: sections.offences,
      intelligence: sections.intelligence,
      referrals: sections.referrals,
      actions: sections.actions,
      mergedFrom: sections.mergedFrom,
      justification: given.reason,
    },
  };
}
