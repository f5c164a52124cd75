import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// THE referral-visibility rule (issue 13.10). Every screen that lists referrals (an offence's
// Interventions tab, its timeline, a person record) ANDs `where` into its query, so an investigator
// never learns from one screen what another hides.
// - referrals.read (chair, analyst): every referral.
// - referrals.read.own-provider (partners): referrals to their own provider.
// - referrals.create without referrals.read (investigators): the referrals they made themselves.
// - anyone else (administrators): none.
// It lives in lib/auth, beside the permissions it reads, not in lib/referrals: the header search
// (lib/search) applies it, and lib/referrals' own lists use lib/search's name matching.

export type ReferralAccess = {
  /** True when the actor sees only part of the referrals (the page says so). */
  partial: boolean;
  where: Prisma.ReferralWhereInput;
};

// Matches no row (ids start at 1).
const NOTHING: Prisma.ReferralWhereInput = { id: { lt: 0 } };

export function referralAccess(actor: Pick<Actor, "id" | "role" | "providerId">): ReferralAccess {
  if (can(actor.role, "referrals.read")) return { partial: false, where: {} };
  if (can(actor.role, "referrals.read.own-provider")) {
    return { partial: true, where: actor.providerId ? { providerId: actor.providerId } : NOTHING };
  }
  if (can(actor.role, "referrals.create")) return { partial: true, where: { referringOfficerId: actor.id } };
  return { partial: true, where: NOTHING };
}
