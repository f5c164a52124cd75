import { z } from "zod";

// The start-import action's input, shared by the buttons and the action.

export const startImportSchema = z.object({
  runId: z.coerce.number().int().positive().max(2_147_483_647),
  mode: z.enum(["all", "valid"]),
});
