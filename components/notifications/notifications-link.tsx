import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/notifications/server/count-unread-notifications";

/** The header's notifications link with the unread count (reminders, assignments, escalations). */
export async function NotificationsLink({ actor }: { actor: Actor }) {
  const unread = await countUnreadNotifications({ actor });
  return (
    <Link
      href="/notifications"
      className="app-header__action govuk-link govuk-link--inverse"
      data-testid="notifications-link"
    >
      Notifications{unread > 0 ? ` (${unread} unread)` : ""}
    </Link>
  );
}
