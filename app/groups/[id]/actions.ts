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

// Adding to a group (groups.write): the pages are named by the input's group; a repeated add leads back to the group.
const addToGroup = {
  permission: "groups.write",
  revalidate: (_: unknown, input: { groupId: number }) => pages(input.groupId),
  idempotent: { href: (_data: unknown, input: { groupId: number }) => `/groups/${input.groupId}` },
} as const;
// Changing a member or a plan line (groups.write): named by the saved row's group.
const changeInGroup = {
  permission: "groups.write",
  revalidate: (saved: { groupId: number }) => pages(saved.groupId),
} as const;

export const addGroupMemberAction = defineAction({
  ...addToGroup,
  name: "groups.add-member",
  input: addMemberSchema,
  handler: addGroupMember,
});

export const endGroupMembershipAction = defineAction({
  ...changeInGroup,
  name: "groups.end-membership",
  input: endMembershipSchema,
  handler: endGroupMembership,
});

export const addPlanLineAction = defineAction({
  ...addToGroup,
  name: "groups.add-plan-line",
  input: addPlanLineSchema,
  handler: addPlanLine,
});

export const updatePlanLineAction = defineAction({
  ...changeInGroup,
  name: "groups.update-plan-line",
  input: updatePlanLineSchema,
  handler: updatePlanLine,
});

export const linkGroupOffenceAction = defineAction({
  ...addToGroup,
  name: "groups.link-offence",
  input: linkOffenceSchema,
  handler: linkGroupOffence,
});
