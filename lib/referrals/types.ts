import type { AccessContext } from "@/lib/auth/schemas";
import type { ReferralState } from "@/lib/enums";
import type { EffectivenessRow, Measure } from "@/lib/referrals/effectiveness";
import type { Paged } from "@/lib/pagination";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type ReferralRoute = { value: string; provider: string; pathway: string; areaCovered: string };

export type ReferralFormOptions = {
  offence: { id: number; crimeReference: string } | null;
  persons: { id: number; name: string; role: string | null }[];
  routes: ReferralRoute[];
};

export type ReferralFormResult =
  { status: "ok"; options: ReferralFormOptions } | { status: "reason-required"; context: AccessContext };

/**
 * One referral as its provider's caseworker sees it. The type is the whole of what is sent: the
 * minimum person fields (name, date of birth, NPU), the referral and its dated history. There is
 * no field for the offence, the investigation, intelligence or anything else about the person.
 */
export type ProviderReferralDetail = {
  id: number;
  version: number;
  providerName: string;
  pathway: string;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npuName: string | null;
  reason: string;
  referringOfficer: string;
  state: ReferralState;
  referredOn: Date;
  stateChangedOn: Date;
  completedOn: Date | null;
  followUpDueOn: Date | null;
  history: {
    id: number;
    occurredOn: Date;
    fromState: ReferralState | null;
    toState: ReferralState | null;
    note: string | null;
    actor: string;
  }[];
};

/** A row of the effectiveness table: the counts behind each figure, not the ids. */
export type EffectivenessFigures = Omit<EffectivenessRow, "ids"> & { counts: Record<Measure, number> };

/**
 * What a partner may know about a referral: the minimum person fields (name, date of birth, NPU)
 * and the referral itself. Nothing else about the person (no gender, no flags, no other
 * referrals), and nothing about the offence, the investigation or intelligence.
 */
export type ProviderReferral = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npuName: string | null;
  reason: string;
  state: ReferralState;
  referredOn: Date;
  followUpDueOn: Date | null;
};

export type ProviderReferrals = Paged<ProviderReferral> & { providerName: string; openCount: number };
