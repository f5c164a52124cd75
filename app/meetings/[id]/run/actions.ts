"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  closeMeetingSchema,
  promoteInSessionSchema,
  recordDiscussionSchema,
  reviewMeetingActionSchema,
  startMeetingSchema,
} from "@/lib/meetings/run-schemas";
import { reviewMeetingAction } from "@/lib/meetings/server/review-meeting-action";
import { promoteOffenceInSession } from "@/lib/meetings/server/promote-offence";
import { recordDecisionSchema } from "@/lib/decisions/schemas";
import { raiseActionSchema } from "@/lib/action-items/schemas";
import { runStartMeeting } from "@/lib/meetings/server/run-start-meeting";
import { recordDiscussion } from "@/lib/meetings/server/record-discussion";
import { closeMeeting } from "@/lib/meetings/server/close-meeting";
import { recordDecision } from "@/lib/decisions/server/record-decision";
import { raiseAction } from "@/lib/action-items/server/raise-action";

// The chair's meeting view. Every export is a public endpoint: only …Action functions live here,
// and each data function checks the permission and the meeting's state again.

const meetingPages = (meetingId: number) => ({ layout: `/meetings/${meetingId}` });

export const startMeetingAction = defineAction({
  name: "meetings.start",
  permission: "meetings.run",
  input: startMeetingSchema,
  handler: runStartMeeting,
  revalidate: (saved) => [meetingPages(saved.id)],
});

export const recordDiscussionAction = defineAction({
  name: "meetings.record-discussion",
  permission: "meetings.run",
  input: recordDiscussionSchema,
  // No revalidation: the view autosaves while the chair types and keeps its own state.
  handler: async ({ actor, input }) => recordDiscussion({ actor, input }),
});

export const recordDecisionAction = defineAction({
  name: "decisions.record",
  permission: "decisions.record",
  input: recordDecisionSchema,
  handler: recordDecision,
  revalidate: (saved) => [meetingPages(saved.meetingId), "/decisions"],
  idempotent: { href: (data) => `/meetings/${data.meetingId}/run` },
});

export const raiseActionAction = defineAction({
  name: "actions.raise",
  permission: "actions.manage",
  input: raiseActionSchema,
  handler: raiseAction,
  revalidate: (saved) => [meetingPages(saved.meetingId), "/actions"],
  idempotent: { href: (data) => `/actions/${data.id}` },
});

export const closeMeetingAction = defineAction({
  name: "meetings.close",
  permission: "meetings.run",
  input: closeMeetingSchema,
  handler: closeMeeting,
  revalidate: () => [{ layout: "/meetings" }, "/actions"],
});

export const reviewMeetingActionAction = defineAction({
  name: "meetings.review-action",
  permission: "meetings.run",
  input: reviewMeetingActionSchema,
  handler: ({ actor, input }) => reviewMeetingAction({ actor, ...input }),
  revalidate: (_, input) => [meetingPages(input.meetingId), { layout: "/actions" }],
});

export const promoteInSessionAction = defineAction({
  name: "meetings.promote-in-session",
  permission: "meetings.run",
  input: promoteInSessionSchema,
  handler: ({ actor, input }) => promoteOffenceInSession({ actor, ...input }),
  revalidate: (_, input) => [meetingPages(input.meetingId)],
});
