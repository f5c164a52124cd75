"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { markNotificationsReadAction } from "@/app/notifications/actions";

export function MarkReadButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await markNotificationsReadAction({});
        setBusy(false);
        router.refresh();
      }}
    >
      Mark all as read
    </button>
  );
}
