import Link from "next/link";

/** The header's notifications link with the unread count (reminders, assignments, escalations). */
export function NotificationsLink({ unread }: { unread: number }) {
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
