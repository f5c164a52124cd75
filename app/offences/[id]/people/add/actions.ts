"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addPersonToOffenceSchema, createPersonSchema } from "@/lib/persons/schemas";
import { addPersonToOffence } from "@/lib/offences/server/add-person-to-offence";
import { createPerson } from "@/lib/persons/server/create-person";

// Only …Action exports: each is a public endpoint; the data functions check permissions again.

export const addPersonToOffenceAction = defineAction({
  name: "offences.add-person",
  permission: "offences.write",
  input: addPersonToOffenceSchema,
  handler: async ({ actor, input }) => {
    const result = await addPersonToOffence({ actor, input });
    revalidatePath(`/offences/${input.offenceId}`);
    return result;
  },
  idempotent: { href: (data) => `/offences/${data.offenceId}` },
});

export const createPersonAction = defineAction({
  name: "persons.create",
  permission: "persons.write",
  input: createPersonSchema,
  handler: async ({ actor, input }) => {
    const result = await createPerson({ actor, input });
    revalidatePath(`/offences/${input.offenceId}`);
    return result;
  },
  idempotent: { href: (data) => `/offences/${data.offenceId}` },
});
