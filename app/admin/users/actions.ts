"use server";

import { z } from "zod";
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

const userPages = (id: number) => ["/admin/users", `/admin/users/${id}`];

export const createUserAction = defineAction({
  name: "users.create",
  permission: "users.manage",
  input: createUserSchema,
  handler: createUser,
  revalidate: (result) => userPages(result.id),
  idempotent: { href: (data) => `/admin/users/${data.id}` },
});

export const disableUserAction = defineAction({
  name: "users.disable",
  permission: "users.manage",
  input: userVersionSchema,
  handler: disableUser,
  revalidate: (result) => userPages(result.id),
});

export const enableUserAction = defineAction({
  name: "users.enable",
  permission: "users.manage",
  input: userVersionSchema,
  handler: enableUser,
  revalidate: (result) => userPages(result.id),
});

export const changeUserRoleAction = defineAction({
  name: "users.change-role",
  permission: "users.manage",
  input: changeUserRoleSchema,
  handler: changeUserRole,
  revalidate: (result) => userPages(result.id),
});

export const resetUserPasswordAction = defineAction({
  name: "users.reset-password",
  permission: "users.manage",
  input: resetUserPasswordSchema,
  handler: resetUserPassword,
  revalidate: (result) => userPages(result.id),
});

export const signOutUserEverywhereAction = defineAction({
  name: "users.sign-out-everywhere",
  permission: "users.manage",
  input: z.object({ id: recordIdSchema }),
  handler: ({ actor, input }) => signOutUserEverywhere({ actor, id: input.id }),
  revalidate: (result) => userPages(result.id),
});
