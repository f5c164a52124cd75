import type { Prisma, Referral } from "@/lib/generated/prisma/client";
import { ensureReferenceData, type Db } from "@/prisma/factories/create-reference-data";

export type CreateReferralInput = Partial<Prisma.ReferralUncheckedCreateInput> & {
  personId: number;
  referringOfficerId: number;
  /** Provider by name; default St Giles Trust. */
  provider?: string;
};

/** A referral in state REFERRED with its first ReferralEvent. */
export async function createReferral(db: Db, input: CreateReferralInput): Promise<Referral> {
  const { provider, ...fields } = input;
  const ref = await ensureReferenceData(db);
  const referredOn = fields.referredOn ?? new Date("2026-11-02T00:00:00.000Z");
  const referral = await db.referral.create({
    data: {
      providerId: ref.provider(provider ?? "St Giles Trust"),
      pathway: "Hospital reachable moment",
      reason: "Synthetic test referral.",
      referredOn,
      state: "REFERRED",
      stateChangedOn: referredOn,
      ...fields,
    },
  });
  await db.referralEvent.create({
    data: {
      referralId: referral.id,
      fromState: null,
      toState: "REFERRED",
      note: "Referral made.",
      occurredOn: referral.referredOn,
      actorId: referral.referringOfficerId,
    },
  });
  return referral;
}
