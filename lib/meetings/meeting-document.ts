import { formatInstantDate } from "@/lib/dates/format";

// How the forum's documents (agenda pack, minutes) and the audit rows about them name a meeting
// and the people they go to: one wording, so the s.62 log reads the same for every document.

/** The meeting as its documents name it: "Captiva Guardian, 8 Dec 2026". */
export function meetingName(heldAt: Date): string {
  return `Captiva Guardian, ${formatInstantDate(heldAt)}`;
}

/**
 * Who a document sent to the forum is disclosed to (an audit row's recipients): each attendee, with
 * their organisation when they have one, or "Forum attendees" while none is named.
 */
export function forumRecipients(attendees: readonly { name: string; organisation: string | null }[]): string {
  return (
    attendees.map((a) => (a.organisation ? `${a.name} (${a.organisation})` : a.name)).join("; ") ||
    "Forum attendees"
  );
}
