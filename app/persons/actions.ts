"use server";

import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors";
import { accessReasonSchema } from "@/lib/auth/schemas";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { mergePersonsSchema, undoPersonMergeSchema } from "@/lib/persons/schemas";
import { mergePersons } from "@/lib/persons/server/merge-persons";
import { undoPersonMerge } from "@/lib/persons/server/undo-person-merge";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check the permission again.

/** s.62: the reason for opening a person record, remembered for the person or the case. */
export const savePersonAccessReasonAction = defineAction({
  name: "persons.access-reason",
  permission: "persons.read",
  input: accessReasonSchema,
  handler: async ({ actor, input }) => {
    // This screen only justifies opening a person, directly or from a case.
    if (input.contextType !== "person" && input.contextType !== "offence") throw new AppError("VALIDATION");
    const saved = await saveAccessReason({ actor, input });
    return { contextType: saved.context.type, contextId: saved.context.id };
  },
});

// A merge and its undo need persons.write and show on both records.
const mergeChange = {
  permission: "persons.write",
  revalidate: (merge: { survivorId: number; mergedId: number }) => [
    `/persons/${merge.survivorId}`,
    `/persons/${merge.mergedId}`,
  ],
} as const;

export const mergePersonsAction = defineAction({
  ...mergeChange,
  name: "persons.merge",
  input: mergePersonsSchema,
  handler: mergePersons,
});

export const undoPersonMergeAction = defineAction({
  ...mergeChange,
  name: "persons.undo-merge",
  input: undoPersonMergeSchema,
  handler: undoPersonMerge,
});
