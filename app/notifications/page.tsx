import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { listNotifications } from "@/lib/notifications/server/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePageActor();
  const notifications = await listNotifications({ actor });
  const unread = notifications.filter((n) => !n.read).length;

  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      {notifications.length === 0 ? <p className="govuk-body">You have no notifications.</p> : null}
      {unread > 0 ? <MarkReadButton /> : null}
      <ul className="govuk-list" data-testid="notifications">
        {notifications.map((n) => (
          <li key={n.id} className="govuk-!-margin-bottom-4">
            {n.read ? null : (
              <>
                <Tag colour="blue">New</Tag>{" "}
              </>
            )}
            {n.link ? (
              <Link className="govuk-link" href={n.link}>
                {n.text}
              </Link>
            ) : (
              n.text
            )}
            <br />
            <span className="govuk-body-s">{formatDateTime(n.createdAt)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
