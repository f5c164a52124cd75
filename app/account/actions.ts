"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";
import { changeOwnPassword } from "@/lib/users/server/change-own-password";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.
// "signed-in": the actor's own password, the one action open while an administrator-set password
// must still be replaced (issue 13.14).

export const changeOwnPasswordAction = defineAction({
  name: "account.change-password",
  permission: "signed-in",
  input: changeOwnPasswordSchema,
  handler: ({ actor, input }) => changeOwnPassword({ actor, input }),
});
