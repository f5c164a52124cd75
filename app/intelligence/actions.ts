"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  changeIntelligenceLinkSchema,
  findLinkTargetsSchema,
  regradeIntelligenceSchema,
  submitIntelligenceSchema,
} from "@/lib/intelligence/schemas";
import { changeIntelligenceLink } from "@/lib/intelligence/server/change-intelligence-link";
import { findLinkTargets } from "@/lib/intelligence/server/find-link-targets";
import { regradeIntelligence } from "@/lib/intelligence/server/regrade-intelligence";
import { submitIntelligence } from "@/lib/intelligence/server/submit-intelligence";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check the permission again and apply the intelligence access rule. No action
// returns intelligence text: results are ids, references and gradings the caller may see.

export const submitIntelligenceAction = defineAction({
  name: "intelligence.submit",
  permission: "intel.submit",
  input: submitIntelligenceSchema,
  handler: submitIntelligence,
  revalidate: () => ["/intelligence"],
  idempotent: { href: (data) => `/intelligence/${data.id}` },
});

export const regradeIntelligenceAction = defineAction({
  name: "intelligence.regrade",
  permission: "intel.grade",
  input: regradeIntelligenceSchema,
  handler: regradeIntelligence,
  revalidate: (result) => ["/intelligence", `/intelligence/${result.id}`],
});

export const changeIntelligenceLinkAction = defineAction({
  name: "intelligence.link",
  permission: "intel.write",
  input: changeIntelligenceLinkSchema,
  handler: changeIntelligenceLink,
  revalidate: (_, input) => [`/intelligence/${input.itemId}`],
});

/** The person (by name) and offence (by crime reference) searches of the link pickers. */
export const findIntelligenceLinkTargetsAction = defineAction({
  name: "intelligence.find-link-targets",
  permission: "intel.submit",
  input: findLinkTargetsSchema,
  handler: ({ actor, input }) => findLinkTargets({ actor, input }),
});
