import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ProviderReferralDetail } from "@/lib/referrals/types";

/**
 * A referral to the actor's own provider, for the partner's referral page. Another provider's
 * referral (or a made-up id) is NOT_FOUND, audited: saying "forbidden" would confirm it exists.
 * Logs the consultation.
 */
export async function getProviderReferral({
  actor,
  id,
}: {
  actor: Actor;
  id: number;
}): Promise<ProviderReferralDetail> {
  const entity = { type: "referral", id };
  await requirePermission(actor, "referrals.read.own-provider", { entity });
  await requirePermission(actor, "persons.read.minimal", { entity });
  const row = await getPrisma().referral.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      providerId: true,
      provider: { select: { name: true } },
      pathway: true,
      reason: true,
      state: true,
      referredOn: true,
      stateChangedOn: true,
      completedOn: true,
      followUpDueOn: true,
      referringOfficer: { select: { name: true } },
      person: {
        select: { surname: true, forenames: true, dateOfBirth: true, npu: { select: { name: true } } },
      },
      events: {
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          occurredOn: true,
          fromState: true,
          toState: true,
          note: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  // The row rule: only the caseworker's own provider.
  if (!row || actor.providerId === null || row.providerId !== actor.providerId) {
    if (!row) throw new AppError("NOT_FOUND");
    return refuseAccess({ actor, entity, reason: "another provider's referral", code: "NOT_FOUND" });
  }
  await recordConsultation({
    actor,
    event: "referral.viewed",
    entity,
    justification: `Caseworker for ${row.provider.name} opened the referral`,
  });
  return {
    id: row.id,
    version: row.version,
    providerName: row.provider.name,
    pathway: row.pathway,
    surname: row.person.surname,
    forenames: row.person.forenames,
    dateOfBirth: row.person.dateOfBirth,
    npuName: row.person.npu?.name ?? null,
    reason: row.reason,
    referringOfficer: row.referringOfficer.name,
    state: row.state,
    referredOn: row.referredOn,
    stateChangedOn: row.stateChangedOn,
    completedOn: row.completedOn,
    followUpDueOn: row.followUpDueOn,
    history: row.events.map((e) => ({
      id: e.id,
      occurredOn: e.occurredOn,
      fromState: e.fromState,
      toState: e.toState,
      note: e.note,
      actor: e.actor.name,
    })),
  };
}
