import { z } from "zod";

// Inputs of the pack editor's actions, shared by the forms and the actions.

const id = z.coerce.number().int().positive();

export const meetingRefSchema = z.object({ meetingId: id });

export const annotateAgendaItemSchema = z.object({
  itemId: id,
  version: id,
  annotation: z.string().trim().max(2000, "Note must be 2000 characters or fewer"),
});

export const agendaItemStateSchema = z.object({ itemId: id, version: id, removed: z.coerce.boolean() });

export const moveAgendaItemSchema = z.object({ itemId: id, version: id, direction: z.enum(["up", "down"]) });

export const addFreeItemSchema = z.object({
  meetingId: id,
  title: z.string().trim().min(1, "Enter a title for the item").max(200, "Title must be 200 characters or fewer"),
  annotation: z.string().trim().max(2000, "Note must be 2000 characters or fewer").default(""),
});

export type AnnotateAgendaItemInput = z.infer<typeof annotateAgendaItemSchema>;
export type AddFreeItemInput = z.input<typeof addFreeItemSchema>;
