"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createReferralSchema, updateReferralSchema } from "@/lib/referrals/schemas";
import { createReferral } from "@/lib/referrals/server/create-referral";
import { updateReferral } from "@/lib/referrals/server/update-referral";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check the permission again and apply the row rules (own provider, the lifecycle).

export const createReferralAction = defineAction({
  name: "referrals.create",
  permission: "referrals.create",
  input: createReferralSchema,
  handler: createReferral,
  revalidate: (result) => [
    `/persons/${result.personId}`,
    ...(result.offenceId ? [`/offences/${result.offenceId}/interventions`] : []),
  ],
  idempotent: { href: (data) => `/referrals/${data.id}` },
});

export const updateReferralAction = defineAction({
  name: "referrals.update",
  permission: "referrals.update.own-provider",
  input: updateReferralSchema,
  handler: updateReferral,
  revalidate: (result) => [`/referrals/${result.id}`, "/"],
});
