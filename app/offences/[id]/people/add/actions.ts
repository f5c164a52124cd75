"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addPersonToOffenceSchema, createPersonSchema } from "@/lib/persons/schemas";
import { addPersonToOffence } from "@/lib/offences/server/add-person-to-offence";
import { createPerson } from "@/lib/persons/server/create-person";

// Only …Action exports: each is a public endpoint; the data functions check permissions again.

// Either way the person joins the offence: its page is stale, and a repeat leads back to it.
const joinOffence = {
  revalidate: (_: unknown, input: { offenceId: number }) => [`/offences/${input.offenceId}`],
  idempotent: { href: (data: { offenceId: number }) => `/offences/${data.offenceId}` },
} as const;

export const addPersonToOffenceAction = defineAction({
  name: "offences.add-person",
  permission: "offences.write",
  input: addPersonToOffenceSchema,
  handler: addPersonToOffence,
  ...joinOffence,
});

export const createPersonAction = defineAction({
  name: "persons.create",
  permission: "persons.write",
  input: createPersonSchema,
  handler: createPerson,
  ...joinOffence,
});
