"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deleteViewSchema, editViewSchema, saveViewSchema } from "@/lib/saved-views/schemas";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import { createSavedView } from "@/lib/saved-views/server/create-saved-view";
import { deleteSavedView } from "@/lib/saved-views/server/delete-saved-view";
import { updateSavedView } from "@/lib/saved-views/server/update-saved-view";

// Saved views (issue 18). Every export is a public endpoint: the data functions check the
// permission, the list's own permission and the owner again.

export const saveViewAction = defineAction({
  name: "views.save",
  permission: "views.save",
  input: saveViewSchema,
  handler: createSavedView,
  revalidate: (_, input) => [SAVED_VIEW_LISTS[input.kind].path, "/"],
  idempotent: { href: (data) => `/views/${data.id}` },
});

export const updateViewAction = defineAction({
  name: "views.update",
  permission: "views.save",
  input: editViewSchema,
  handler: updateSavedView,
  revalidate: () => ["/views"],
});

export const deleteViewAction = defineAction({
  name: "views.delete",
  permission: "views.save",
  input: deleteViewSchema,
  handler: deleteSavedView,
  revalidate: () => ["/views"],
});
