import type { ReferralState } from "@/lib/generated/prisma/enums";

// Referral lifecycle (domain.md): referred → contacted → engaged → completed, or declined / closed.
// The first three are "open": the provider still has work to do.

export const OPEN_REFERRAL_STATES = ["REFERRED", "CONTACTED", "ENGAGED"] as const satisfies readonly ReferralState[];
export const ENDED_REFERRAL_STATES = ["COMPLETED", "DECLINED", "CLOSED"] as const satisfies readonly ReferralState[];

export function isOpenReferral(state: ReferralState): boolean {
  return (OPEN_REFERRAL_STATES as readonly ReferralState[]).includes(state);
}
