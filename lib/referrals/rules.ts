import type { ReferralState } from "@/lib/enums";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";

// Referral lifecycle (docs/domain.md): referred → contacted → engaged → completed, or declined / closed.
// The first three are "open": the provider still has work to do.

export const OPEN_REFERRAL_STATES = [
  "REFERRED",
  "CONTACTED",
  "ENGAGED",
] as const satisfies readonly ReferralState[];
export const ENDED_REFERRAL_STATES = [
  "COMPLETED",
  "DECLINED",
  "CLOSED",
] as const satisfies readonly ReferralState[];

export function isOpenReferral(state: ReferralState): boolean {
  return (OPEN_REFERRAL_STATES as readonly ReferralState[]).includes(state);
}

// Each step moves one place forward, or ends the referral. A young person can decline before
// engaging; once engaged, leaving early is "closed" (disengaged), not "declined". Nothing moves
// back and nothing leaves an ended state: a wrong entry is corrected by a note, never by rewriting.
const NEXT: Record<ReferralState, readonly ReferralState[]> = {
  REFERRED: ["CONTACTED", "DECLINED", "CLOSED"],
  CONTACTED: ["ENGAGED", "DECLINED", "CLOSED"],
  ENGAGED: ["COMPLETED", "CLOSED"],
  COMPLETED: [],
  DECLINED: [],
  CLOSED: [],
};

export function nextReferralStates(from: ReferralState): readonly ReferralState[] {
  return NEXT[from];
}

/** Why a state change is refused, in the words the partner sees; null when it is allowed. */
export function referralTransitionError(from: ReferralState, to: ReferralState): string | null {
  if (NEXT[from].includes(to)) return null;
  const fromLabel = REFERRAL_STATE_LABELS[from].toLowerCase();
  const toLabel = REFERRAL_STATE_LABELS[to].toLowerCase();
  if (NEXT[from].length === 0) return `This referral is ${fromLabel}: its state cannot change any more`;
  if (from === to) return `This referral is already ${fromLabel}`;
  const allowed = NEXT[from].map((s) => REFERRAL_STATE_LABELS[s].toLowerCase()).join(", ");
  return `A ${fromLabel} referral cannot move to ${toLabel}: it can move to ${allowed}`;
}

/** The date a change is recorded against: not before the last change, not in the future. */
export function referralDateError(on: Date, lastChangedOn: Date, today: Date): string | null {
  if (on.getTime() > today.getTime()) return "The date cannot be in the future";
  if (on.getTime() < lastChangedOn.getTime()) return "The date cannot be before the referral's last change";
  return null;
}

/** Follow-up falls due six calendar months after completion (31 Aug + 6 months = 28/29 Feb). */
export function followUpDueOn(completedOn: Date): Date {
  const y = completedOn.getUTCFullYear();
  const m = completedOn.getUTCMonth() + 6;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(completedOn.getUTCDate(), lastDay)));
}
