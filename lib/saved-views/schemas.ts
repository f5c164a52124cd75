import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { editOf, recordVersionSchema } from "@/lib/ids/record-id";
import { NAME_MAX, QUERY_MAX, SAVED_VIEW_KINDS } from "@/lib/saved-views/kinds";

// The saved-view forms (save from a list, rename, share, delete), shared by the forms and the
// actions. Client-safe. The query is normalised by the data function with the list's own parser.

const name = requiredText(NAME_MAX, "Enter a name for the view", "The name");

export const saveViewSchema = z.object({
  kind: z.enum(SAVED_VIEW_KINDS),
  name,
  query: z.string().max(QUERY_MAX, "These filters are too long to save as a view"),
});
export type SaveViewValues = z.input<typeof saveViewSchema>;
export type SaveViewInput = z.output<typeof saveViewSchema>;

/** Rename (and, for the chair, share with the analysts). */
export const editViewFormSchema = z.object({
  name,
  shared: z.boolean(),
});
export type EditViewValues = z.input<typeof editViewFormSchema>;
export const editViewSchema = editOf(editViewFormSchema);
export type EditViewInput = z.output<typeof editViewSchema>;

export const deleteViewSchema = recordVersionSchema;
export type DeleteViewInput = z.output<typeof deleteViewSchema>;
