import type { ReferralState } from "@/lib/enums";

// The words for a referral's state, on every screen and export. Client-safe.

export const REFERRAL_STATE_LABELS: Record<ReferralState, string> = {
  REFERRED: "Referred",
  CONTACTED: "Contacted",
  ENGAGED: "Engaged",
  COMPLETED: "Completed",
  DECLINED: "Declined",
  CLOSED: "Closed",
};
