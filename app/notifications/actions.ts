"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { markNotificationsRead } from "@/lib/notifications/server/mark-notifications-read";

// The actor's own notifications only: "signed-in" is enough, the data function scopes to them.
export const markNotificationsReadAction = defineAction({
  name: "notifications.mark-read",
  permission: "signed-in",
  input: z.object({}),
  handler: async ({ actor }) => ({ count: await markNotificationsRead({ actor }) }),
  revalidate: () => [{ layout: "/" }],
});
