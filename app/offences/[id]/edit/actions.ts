"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { offenceFormSchema } from "@/lib/offences/offence-form-schema";
import { updateOffence } from "@/lib/offences/server/update-offence";
import { recordIdSchema } from "@/lib/ids/record-id";

// Only …Action exports: each is a public endpoint. update-offence checks the permission and the
// version again.

export const updateOffenceAction = defineAction({
  name: "offences.update",
  permission: "offences.write",
  input: z.object({
    offenceId: recordIdSchema,
    values: offenceFormSchema,
  }),
  handler: ({ actor, input }) => updateOffence({ actor, offenceId: input.offenceId, input: input.values }),
  revalidate: (_, input) => ["/offences", `/offences/${input.offenceId}`],
});
