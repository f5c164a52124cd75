"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveMeetingSchema } from "@/lib/meetings/schemas";
import { saveMeeting } from "@/lib/meetings/server/save-meeting";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

export const saveMeetingAction = defineAction({
  name: "meetings.save",
  permission: "meetings.prepare",
  input: saveMeetingSchema,
  handler: async ({ actor, input }) => {
    const result = await saveMeeting({ actor, input });
    revalidatePath("/meetings", "layout");
    return result;
  },
  idempotent: { href: (data) => `/meetings/${data.id}` },
});
