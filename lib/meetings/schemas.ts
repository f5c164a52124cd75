import { z } from "zod";
import { requiredDayText } from "@/lib/dates/day-schema";
import { recordIdSchema, recordIdSchema as id } from "@/lib/ids/record-id";
import { MOVABLE_SECTIONS } from "@/lib/meetings/form-fields";
import { requiredText } from "@/lib/text/required-text";

export * from "@/lib/meetings/form-fields";

// Inputs of the pack editor's actions, shared by the forms and the actions.

export const meetingRefSchema = z.object({ meetingId: id });

export const annotateAgendaItemSchema = z.object({
  itemId: id,
  version: id,
  annotation: z.string().trim().max(2000, "Note must be 2000 characters or fewer"),
});

export const agendaItemStateSchema = z.object({ itemId: id, version: id, removed: z.coerce.boolean() });

export const moveAgendaItemSchema = z.union([
  z.object({ itemId: id, version: id, direction: z.enum(["up", "down"]) }),
  z.object({
    itemId: id,
    version: id,
    place: z.coerce
      .number({ error: "Enter the place as a number, for example 3" })
      .int("Enter the place as a whole number")
      .min(1, "Enter a place of 1 or more"),
    section: z.enum(MOVABLE_SECTIONS).optional(),
  }),
]);

export const bulkAgendaItemsSchema = z.object({
  meetingId: id,
  // An empty selection reaches the data function, which refuses it in words (EMPTY_SELECTION_MESSAGE).
  items: z.array(z.object({ itemId: id, version: id })).max(1000),
  operation: z.enum(["remove", "restore", "move"]),
  section: z.enum(MOVABLE_SECTIONS).optional(),
});

export const promoteOffenceSchema = z.object({
  meetingId: id,
  offenceId: id,
  section: z.enum(["NEW_OFFENCE", "SCRUTINY"]).default("NEW_OFFENCE"),
});

export const addFreeItemSchema = z.object({
  meetingId: id,
  title: requiredText(200, "Enter a title for the item", "Title"),
  annotation: z.string().trim().max(2000, "Note must be 2000 characters or fewer").default(""),
});

export type AddFreeItemInput = z.input<typeof addFreeItemSchema>;

/** A meeting's details. Times are UK local; attendees are users (ids) plus partners typed one a line. */
export const meetingFormSchema = z.object({
  title: requiredText(200, "Enter a title for the meeting", "Title"),
  heldOn: requiredDayText({
    required: "Enter the date of the meeting",
    invalid: "Date of the meeting must be a real date",
    incomplete: "Date of the meeting must include a day, month and year",
  }),
  time: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "Enter the time as hours and minutes, for example 10:00"),
  location: z.string().trim().max(200, "Location must be 200 characters or fewer"),
  chairId: z.string().regex(/^\d+$/, "Choose the chair"),
  deputyId: z.string().regex(/^\d*$/),
  attendeeIds: z.array(z.string().regex(/^\d+$/)).max(200),
  apologyIds: z.array(z.string().regex(/^\d+$/)).max(200),
  externalAttendees: z
    .string()
    .max(4000, "External attendees must be 4000 characters or fewer")
    .refine(
      (text) => parseExternalAttendees(text).every((a) => a.name.length > 0 && a.name.length <= 120),
      "Write each external attendee as: name, organisation",
    ),
});

export const saveMeetingSchema = meetingFormSchema.extend({
  id: recordIdSchema.optional(),
  version: z.coerce.number().int().positive().optional(),
});

export type MeetingFormInput = z.input<typeof meetingFormSchema>;
export type SaveMeetingInput = z.infer<typeof saveMeetingSchema>;

/** "Jess Demoworth, Violence Reduction Partnership" per line → name and organisation. */
export function parseExternalAttendees(text: string): { name: string; organisation: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = "", ...rest] = line.split(",");
      return { name: name.trim(), organisation: rest.join(",").trim().slice(0, 120) };
    });
}
