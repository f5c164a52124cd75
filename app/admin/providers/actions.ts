"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createProviderSchema, updateProviderSchema } from "@/lib/providers/schemas";
import { saveProvider } from "@/lib/providers/server/save-provider";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

export const createProviderAction = defineAction({
  name: "providers.create",
  permission: "reference.manage",
  input: createProviderSchema,
  handler: saveProvider,
  revalidate: () => ["/admin/providers"],
  idempotent: { href: (data) => `/admin/providers/${data.id}` },
});

export const updateProviderAction = defineAction({
  name: "providers.update",
  permission: "reference.manage",
  input: updateProviderSchema,
  handler: saveProvider,
  revalidate: (result) => ["/admin/providers", `/admin/providers/${result.id}`],
});
