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

// Changing or deleting one's own view shows on the views page.
const ownViewChange = { permission: "views.save", revalidate: () => ["/views"] } as const;

export const updateViewAction = defineAction({
  ...ownViewChange,
  name: "views.update",
  input: editViewSchema,
  handler: updateSavedView,
});

export const deleteViewAction = defineAction({
  ...ownViewChange,
  name: "views.delete",
  input: deleteViewSchema,
  handler: deleteSavedView,
});
