"use server";

import { defineAction } from "@/lib/actions/define-action";
import { findOfficersSchema, offenceListPreferencesSchema } from "@/lib/offences/schemas";
import { findOfficers } from "@/lib/offences/server/find-officers";
import { updateOffenceListPreferences } from "@/lib/offences/server/update-offence-list-preferences";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.
// Kept apart from the offence record's actions.ts, which other screens own.

/** Saves the signed-in user's own column choice and density for the offence list. */
export const updateOffenceListPreferencesAction = defineAction({
  name: "offences.list-preferences",
  permission: "offences.read",
  input: offenceListPreferencesSchema,
  handler: ({ actor, input }) => updateOffenceListPreferences({ actor, preferences: input }),
  revalidate: () => ["/offences"],
});

/** The officer-in-charge filter's suggestions: at most 10 names containing what was typed. */
export const findOfficersAction = defineAction({
  name: "offences.find-officers",
  permission: "offences.read",
  input: findOfficersSchema,
  handler: ({ actor, input }) => findOfficers({ actor, text: input.text }),
});
