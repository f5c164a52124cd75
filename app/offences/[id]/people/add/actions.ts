"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateStale } from "@/lib/actions/revalidate-after";
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
    revalidateStale([`/offences/${input.offenceId}`]);
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
    revalidateStale([`/offences/${input.offenceId}`]);
    return result;
  },
  idempotent: { href: (data) => `/offences/${data.offenceId}` },
});
