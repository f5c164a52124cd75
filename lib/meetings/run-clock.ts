import { dbDateInUk } from "@/lib/dates/day";
import { formatInstantDate } from "@/lib/dates/format";

// Time since the meeting started, for the chair's item screen ("1 h 05 min").

export function elapsedSince(start: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - start.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/**
 * Starting or closing a meeting on a day other than the one it is dated (UK time) is usually a
 * mistake (a meeting months ahead opened by accident): the chair must acknowledge it. Null when
 * the meeting is dated today.
 */
export function meetingDayWarning(
  heldAt: Date,
  now: Date,
): { kind: "future" | "past"; message: string } | null {
  const heldDay = dbDateInUk(heldAt).getTime();
  const today = dbDateInUk(now).getTime();
  if (heldDay === today) return null;
  const when = formatInstantDate(heldAt);
  return heldDay > today
    ? { kind: "future", message: `This meeting is dated ${when}, which is in the future, not today` }
    : { kind: "past", message: `This meeting is dated ${when}, not today` };
}
