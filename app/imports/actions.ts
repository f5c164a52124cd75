"use server";

import { after } from "next/server";
import { defineAction } from "@/lib/actions/define-action";
import { startImportSchema } from "@/lib/imports/schemas";
import { startImport } from "@/lib/imports/server/start-import";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here. The
// data functions check the permission again.

/** Writes a checked upload: all rows (none invalid), or the valid rows only. Runs on after the reply. */
export const startImportAction = defineAction({
  name: "imports.start",
  permission: "imports.run",
  input: startImportSchema,
  handler: async ({ actor, input }) => {
    const { written } = await startImport({ actor, runId: input.runId, mode: input.mode });
    after(() => written);
    return { runId: input.runId };
  },
  revalidate: (_, input) => [`/imports/${input.runId}`],
});
