"use server";

import { defineAction } from "@/lib/actions/define-action";
import { decideAccountChangeSchema } from "@/lib/users/schemas";
import { decideAccountChange } from "@/lib/users/server/decide-account-change";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data function checks accounts.approve again and refuses the requester and the account's owner.

export const decideAccountChangeAction = defineAction({
  name: "users.decide-account-change",
  permission: "accounts.approve",
  input: decideAccountChangeSchema,
  handler: decideAccountChange,
  revalidate: (result) => ["/admin/approvals", `/admin/users/${result.userId}`],
});
