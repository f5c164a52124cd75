import { z } from "zod";
import { recordIdSchema } from "@/lib/ids/record-id";

// The start-import action's input, shared by the buttons and the action.

export const startImportSchema = z.object({
  runId: recordIdSchema,
  mode: z.enum(["all", "valid"]),
});
