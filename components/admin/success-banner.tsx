"use client";

import { SavedBanner } from "@/components/forms/saved-banner";

// GOV.UK success notification banner, for the page an action sent the user to. It takes focus
// when it appears, so the confirmation is what the user (and a screen reader) meets first.

export function SuccessBanner({ message, testId }: { message: string; testId?: string }) {
  return <SavedBanner message={message} testId={testId ?? "success-banner"} />;
}
