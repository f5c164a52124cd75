"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addPersonToOffenceSchema, createPersonSchema } from "@/lib/persons/schemas";
import { addPersonToOffence } from "@/lib/offences/server/add-person-to-offence";
import { createPerson } from "@/lib/persons/server/create-person";

// Only …Action exports: each is a public endpoint; the data functions check permissions again.

export const addPersonToOffenceAction = defineAction({
  name: "offences.add-person",
  permission: "offences.write",
  input: addPersonToOffenceSchema,
  handler: addPersonToOffence,
  revalidate: (_, input) => [`/offences/${input.offenceId}`],
  idempotent: { href: (data) => `/offences/${data.offenceId}` },
});

export const createPersonAction = defineAction({
  name: "persons.create",
  permission: "persons.write",
  input: createPersonSchema,
  handler: createPerson,
  revalidate: (_, input) => [`/offences/${input.offenceId}`],
  idempotent: { href: (data) => `/offences/${data.offenceId}` },
});
