"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addMemberSchema,
  addPlanLineSchema,
  endMembershipSchema,
  linkOffenceSchema,
  updatePlanLineSchema,
} from "@/lib/groups/schemas";
import { addGroupMember } from "@/lib/groups/server/add-group-member";
import { addPlanLine } from "@/lib/groups/server/add-plan-line";
import { endGroupMembership } from "@/lib/groups/server/end-group-membership";
import { linkGroupOffence } from "@/lib/groups/server/link-group-offence";
import { updatePlanLine } from "@/lib/groups/server/update-plan-line";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check groups.write again.

const pages = (groupId: number) => [`/groups/${groupId}`, "/groups"];

export const addGroupMemberAction = defineAction({
  name: "groups.add-member",
  permission: "groups.write",
  input: addMemberSchema,
  handler: addGroupMember,
  revalidate: (_, input) => pages(input.groupId),
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});

export const endGroupMembershipAction = defineAction({
  name: "groups.end-membership",
  permission: "groups.write",
  input: endMembershipSchema,
  handler: endGroupMembership,
  revalidate: (ended) => pages(ended.groupId),
});

export const addPlanLineAction = defineAction({
  name: "groups.add-plan-line",
  permission: "groups.write",
  input: addPlanLineSchema,
  handler: addPlanLine,
  revalidate: (_, input) => pages(input.groupId),
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});

export const updatePlanLineAction = defineAction({
  name: "groups.update-plan-line",
  permission: "groups.write",
  input: updatePlanLineSchema,
  handler: updatePlanLine,
  revalidate: (saved) => pages(saved.groupId),
});

export const linkGroupOffenceAction = defineAction({
  name: "groups.link-offence",
  permission: "groups.write",
  input: linkOffenceSchema,
  handler: linkGroupOffence,
  revalidate: (_, input) => pages(input.groupId),
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});
