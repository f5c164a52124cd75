"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveMeetingSchema } from "@/lib/meetings/schemas";
import { saveMeeting } from "@/lib/meetings/server/save-meeting";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

export const saveMeetingAction = defineAction({
  name: "meetings.save",
  permission: "meetings.prepare",
  input: saveMeetingSchema,
  handler: saveMeeting,
  revalidate: () => [{ layout: "/meetings" }],
  idempotent: { href: (data) => `/meetings/${data.id}` },
});
