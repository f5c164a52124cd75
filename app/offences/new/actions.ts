"use server";

import { defineAction } from "@/lib/actions/define-action";
import { offenceFormSchema } from "@/lib/offences/offence-form-schema";
import { createOffence } from "@/lib/offences/server/create-offence";

// Only …Action exports: each is a public endpoint. Next caps a server action's body at 1 MB by
// default (serverActions.bodySizeLimit), so a 10 MB summary is refused before it is parsed; the
// schema's 2,000-character limit gives the field message for anything smaller.

export const createOffenceAction = defineAction({
  name: "offences.create",
  permission: "offences.write",
  input: offenceFormSchema,
  handler: createOffence,
  revalidate: () => ["/offences"],
  idempotent: { href: (data) => `/offences/${data.id}` },
});
