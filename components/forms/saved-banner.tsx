"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import type { AlreadyDone } from "@/lib/actions/action-result";
import { NotificationBanner } from "@/components/ui/notification-banner";

// The confirmation after a save that stays on the page, placed beside the form's button. It takes
// focus and scrolls into view when it appears, so the officer sees (and a screen reader says) that
// the save worked, instead of a banner 1,000 px above, out of view.

export function SavedBanner({
  message,
  testId,
  link,
}: {
  message: string;
  testId?: string;
  link?: { href: string; text: string };
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "center" });
  }, []);
  return (
    <NotificationBanner
      ref={ref}
      tabIndex={-1}
      success
      titleId={`${testId ?? "saved"}-title`}
      heading={message}
      testId={testId}
    >
      {link ? (
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" href={link.href}>
            {link.text}
          </Link>
        </p>
      ) : null}
    </NotificationBanner>
  );
}

/** The same banner on the page an action sent the user to (the record, after a create). */
export function SuccessBanner({ message, testId }: { message: string; testId?: string }) {
  return <SavedBanner message={message} testId={testId ?? "success-banner"} />;
}

/**
 * What the form hook's answer shows beside the button: the saved banner (a save that stays on the
 * page), or, for a create repeated by a double click, a retry or a second tab, "This was already
 * saved" with the link to the record that the first submission made (issue 16).
 */
export function FormOutcomeBanners({
  saved,
  savedMessage,
  savedTestId,
  already,
}: {
  saved?: boolean;
  savedMessage?: string;
  savedTestId?: string;
  already: AlreadyDone | null;
}) {
  if (already)
    return (
      <SavedBanner
        message={already.message}
        testId="already-saved"
        link={{ href: already.href, text: "View the saved record" }}
      />
    );
  if (saved && savedMessage) return <SavedBanner message={savedMessage} testId={savedTestId} />;
  return null;
}
