"use server";

import { z } from "zod";
import type { ActorInput } from "@/lib/auth/actor";
import { defineAction } from "@/lib/actions/define-action";
import {
  changeUserRoleSchema,
  createUserSchema,
  resetUserPasswordSchema,
  userVersionSchema,
} from "@/lib/users/schemas";
import { createUser } from "@/lib/users/server/create-user";
import { disableUser } from "@/lib/users/server/disable-user";
import { enableUser } from "@/lib/users/server/enable-user";
import { changeUserRole } from "@/lib/users/server/change-user-role";
import { resetUserPassword } from "@/lib/users/server/reset-user-password";
import { signOutUserEverywhere } from "@/lib/users/server/sign-out-user-everywhere";
import { recordIdSchema } from "@/lib/ids/record-id";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. Each
// data function checks users.manage again and enforces the account rules itself.

// Every account change needs users.manage and shows on the list and the account's page.
const accountChange = {
  permission: "users.manage",
  revalidate: (user: { id: number }) => ["/admin/users", `/admin/users/${user.id}`],
} as const;

export const createUserAction = defineAction({
  ...accountChange,
  name: "users.create",
  input: createUserSchema,
  handler: createUser,
  idempotent: { href: (data) => `/admin/users/${data.id}` },
});

export const disableUserAction = defineAction({
  ...accountChange,
  name: "users.disable",
  input: userVersionSchema,
  handler: disableUser,
});

export const enableUserAction = defineAction({
  ...accountChange,
  name: "users.enable",
  input: userVersionSchema,
  handler: enableUser,
});

export const changeUserRoleAction = defineAction({
  ...accountChange,
  name: "users.change-role",
  input: changeUserRoleSchema,
  handler: changeUserRole,
});

export const resetUserPasswordAction = defineAction({
  ...accountChange,
  name: "users.reset-password",
  input: resetUserPasswordSchema,
  handler: resetUserPassword,
});

export const signOutUserEverywhereAction = defineAction({
  ...accountChange,
  name: "users.sign-out-everywhere",
  input: z.object({ id: recordIdSchema }),
  handler: ({ actor, input }: ActorInput<{ id: number }>) => signOutUserEverywhere({ actor, id: input.id }),
});
