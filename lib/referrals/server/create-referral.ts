import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import type { CreateReferralInput } from "@/lib/referrals/schemas";

/**
 * Refers a person to a provider's pathway, from a person record or an offence record. The actor is
 * the referring officer. Refused, audited and nothing written when the provider is inactive or
 * does not run that pathway, the person is not on the offence, or the date is in the future.
 */
export async function createReferral({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<CreateReferralInput>): Promise<{ id: number; personId: number; offenceId: number | null }> {
  await requirePermission(actor, "referrals.create");
  const prisma = getPrisma();
  const { providerId, pathway } = input.route;
  const [person, provider, link] = await Promise.all([
    prisma.person.findFirst({ where: { id: input.personId, mergedIntoId: null }, select: { id: true } }),
    prisma.provider.findUnique({
      where: { id: providerId },
      select: { id: true, name: true, active: true, pathways: true },
    }),
    input.offenceId === null
      ? null
      : prisma.offencePerson.findFirst({
          where: { offenceId: input.offenceId, personId: input.personId, removedAt: null },
          select: { id: true },
        }),
  ]);
  if (!person) throw new AppError("NOT_FOUND");

  const refuse = async (field: string, message: string, reason: string): Promise<never> => {
    await writeAuditBy(prisma, actor, {
      event: "referral.refused",
      entity: { type: "person", id: input.personId },
      detail: { action: "referrals.create", reason, providerId, pathway, offenceId: input.offenceId },
    });
    throw new AppError("VALIDATION", { fieldErrors: { [field]: [message] } });
  };
  if (!provider) return refuse("route", "Select a provider and pathway", "unknown provider");
  if (!provider.active) {
    return refuse(
      "route",
      `${provider.name} is not taking referrals. Select an active provider`,
      "inactive provider",
    );
  }
  if (!provider.pathways.includes(pathway))
    return refuse("route", `${provider.name} does not run that pathway`, "unknown pathway");
  if (input.offenceId !== null && !link)
    return refuse("personId", "This person is not linked to the offence", "person not on offence");
  if (input.referredOn.getTime() > dbDateInUk(now).getTime()) {
    return refuse("referredOn", "The referral date cannot be in the future", "future date");
  }

  return prisma.$transaction(async (tx) => {
    const referral = await tx.referral.create({
      data: {
        personId: person.id,
        providerId: provider.id,
        pathway,
        offenceId: input.offenceId,
        reason: input.reason,
        referringOfficerId: actor.id,
        referredOn: input.referredOn,
        state: "REFERRED",
        stateChangedOn: input.referredOn,
      },
      select: { id: true, personId: true, offenceId: true },
    });
    await tx.referralEvent.create({
      data: {
        referralId: referral.id,
        fromState: null,
        toState: "REFERRED",
        note: "Referral made.",
        occurredOn: input.referredOn,
        actorId: actor.id,
      },
    });
    await writeAuditBy(tx, actor, {
      event: "referral.created",
      entity: { type: "referral", id: referral.id },
      after: {
        personId: person.id,
        provider: provider.name,
        pathway,
        offenceId: input.offenceId,
        reason: input.reason,
        referredOn: input.referredOn,
      },
    });
    return referral;
  });
}
