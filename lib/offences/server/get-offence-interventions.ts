import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import type { ReferralState } from "@/lib/generated/prisma/enums";
import { openOffenceSection } from "@/lib/offences/server/open-offence-section";
import { getPrisma } from "@/lib/db/server/prisma";
import { referralAccess } from "@/lib/auth/server/referral-access";

export type OffenceReferral = {
  id: number;
  providerName: string;
  pathway: string;
  personId: number;
  personName: string;
  state: ReferralState;
  referredOn: Date;
  stateChangedOn: Date;
  completedOn: Date | null;
  followUpDueOn: Date | null;
};

export type OffenceInterventions = { referrals: OffenceReferral[]; onlyOwn: boolean };

/**
 * Referrals to interventions made for an offence, under the one referral-visibility rule
 * (referral-access.ts: investigators see only the referrals they made). Logs the consultation.
 */
export async function getOffenceInterventions({
  actor,
  offenceId,
}: OffenceOptions): Promise<OffenceInterventions> {
  await openOffenceSection({ actor, offenceId, section: "interventions" });
  const prisma = getPrisma();

  const access = referralAccess(actor);
  const onlyOwn = access.partial;
  const rows = await prisma.referral.findMany({
    where: { AND: [{ offenceId }, access.where] },
    orderBy: [{ referredOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      pathway: true,
      state: true,
      referredOn: true,
      stateChangedOn: true,
      completedOn: true,
      followUpDueOn: true,
      provider: { select: { name: true } },
      person: { select: { id: true, forenames: true, surname: true } },
    },
  });
  return {
    onlyOwn,
    referrals: rows.map((r) => ({
      id: r.id,
      providerName: r.provider.name,
      pathway: r.pathway,
      personId: r.person.id,
      personName: `${r.person.forenames} ${r.person.surname.toUpperCase()}`,
      state: r.state,
      referredOn: r.referredOn,
      stateChangedOn: r.stateChangedOn,
      completedOn: r.completedOn,
      followUpDueOn: r.followUpDueOn,
    })),
  };
}
