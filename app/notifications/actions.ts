"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { markNotificationsRead } from "@/lib/notifications/server/mark-notifications-read";

// The actor's own notifications only: "signed-in" is enough, the data function scopes to them.
export const markNotificationsReadAction = defineAction({
  name: "notifications.mark-read",
  permission: "signed-in",
  input: z.object({}),
  handler: async ({ actor }) => {
    const count = await markNotificationsRead({ actor });
    revalidatePath("/", "layout");
    return { count };
  },
});
