import { z } from "zod";
import { recordIdSchema, recordIdSchema as recordId } from "@/lib/ids/record-id";

// The chair's meeting view (issue 6): attendance, the discussion note (autosaved), closing. Shared
// by the forms and the actions; client-safe.

export const ATTENDANCE = ["PRESENT", "APOLOGIES", "ABSENT"] as const;

export const startMeetingSchema = z.object({
  meetingId: recordId,
  version: recordId,
  attendees: z
    .array(
      z.object({
        id: recordId,
        status: z.enum(ATTENDANCE, "Select whether they are present, gave apologies or are absent"),
      }),
    )
    .max(200),
  /** The chair confirmed starting a meeting that is not dated today (run-clock.ts meetingDayWarning). */
  acknowledgeDate: z.boolean().optional().default(false),
});
// Data functions may be called without the acknowledgement (it then defaults to false).
export type StartMeetingInput = Omit<z.output<typeof startMeetingSchema>, "acknowledgeDate"> & {
  acknowledgeDate?: boolean;
};

export const discussionFormSchema = z.object({
  discussionNote: z.string().max(20_000, "Discussion note must be 20,000 characters or fewer"),
  discussed: z.boolean(),
});
export const recordDiscussionSchema = z
  .object({ agendaItemId: recordId, version: recordId })
  .and(discussionFormSchema);
export type RecordDiscussionInput = z.output<typeof recordDiscussionSchema>;

export const closeMeetingSchema = z.object({
  meetingId: recordId,
  version: recordId,
  /** The chair confirmed closing a meeting that is not dated today. */
  acknowledgeDate: z.boolean().optional().default(false),
});
export type CloseMeetingInput = Omit<z.output<typeof closeMeetingSchema>, "acknowledgeDate"> & {
  acknowledgeDate?: boolean;
};

/** The chair's in-place review of one action in the meeting's action review table (issue 12). */
export const reviewMeetingActionSchema = z.object({
  meetingId: recordIdSchema,
  actionItemId: recordIdSchema,
  version: z.coerce.number().int().positive(),
  review: z.enum(["carry", "complete", "not-possible", "not-done"], {
    error: "Choose what the forum decided",
  }),
  note: z.string().trim().max(2000, "Note must be 2000 characters or fewer").default(""),
});

/** The chair promotes an offence from a table item while the meeting runs (issue 12). */
export const promoteInSessionSchema = z.object({
  meetingId: recordId,
  offenceId: recordId,
  tableItemId: recordId,
  version: recordId,
});
