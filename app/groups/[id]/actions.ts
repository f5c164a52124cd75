"use server";

import { revalidatePath } from "next/cache";
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

const refresh = (groupId: number) => {
  revalidatePath(`/groups/${groupId}`);
  revalidatePath("/groups");
};

export const addGroupMemberAction = defineAction({
  name: "groups.add-member",
  permission: "groups.write",
  input: addMemberSchema,
  handler: async ({ actor, input }) => {
    const added = await addGroupMember({ actor, input });
    refresh(input.groupId);
    return added;
  },
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});

export const endGroupMembershipAction = defineAction({
  name: "groups.end-membership",
  permission: "groups.write",
  input: endMembershipSchema,
  handler: async ({ actor, input }) => {
    const ended = await endGroupMembership({ actor, input });
    refresh(ended.groupId);
    return ended;
  },
});

export const addPlanLineAction = defineAction({
  name: "groups.add-plan-line",
  permission: "groups.write",
  input: addPlanLineSchema,
  handler: async ({ actor, input }) => {
    const line = await addPlanLine({ actor, input });
    refresh(input.groupId);
    return line;
  },
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});

export const updatePlanLineAction = defineAction({
  name: "groups.update-plan-line",
  permission: "groups.write",
  input: updatePlanLineSchema,
  handler: async ({ actor, input }) => {
    const saved = await updatePlanLine({ actor, input });
    refresh(saved.groupId);
    return saved;
  },
});

export const linkGroupOffenceAction = defineAction({
  name: "groups.link-offence",
  permission: "groups.write",
  input: linkOffenceSchema,
  handler: async ({ actor, input }) => {
    const linked = await linkGroupOffence({ actor, input });
    refresh(input.groupId);
    return linked;
  },
  idempotent: { href: (_data, input) => `/groups/${input.groupId}` },
});
