import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { asDbDate, type CalendarDate } from "@/lib/dashboard/rules";

// RAG for forum actions (issue 6): red when overdue, amber when due within 7 days, green
// otherwise. Only live actions (open or in progress) have a RAG; a closed one (completed, not
// possible, not done) has none. "Today" is the UK calendar date (ukDate), and due dates are
// `@db.Date` values (UTC midnight), so the comparison is in whole days.

export type Rag = "RED" | "AMBER" | "GREEN";

export const LIVE_ACTION_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly ActionStatus[];

/** An action due today or in the next 7 days is amber. */
export const AMBER_WITHIN_DAYS = 7;

const DAY_MS = 86_400_000;
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

export function isLiveAction(status: ActionStatus): boolean {
  return (LIVE_ACTION_STATUSES as readonly ActionStatus[]).includes(status);
}

export function actionRag(action: { status: ActionStatus; dueOn: Date }, today: CalendarDate): Rag | null {
  if (!isLiveAction(action.status)) return null;
  const daysLeft = dayNumber(action.dueOn) - dayNumber(asDbDate(today));
  if (daysLeft < 0) return "RED";
  if (daysLeft <= AMBER_WITHIN_DAYS) return "AMBER";
  return "GREEN";
}

/** For queries: a live action due before this date is red. */
export function overdueBefore(today: CalendarDate): Date {
  return asDbDate(today);
}

/** For queries: a live action due on or before this date is red or amber. */
export function amberUntil(today: CalendarDate): Date {
  return new Date(asDbDate(today).getTime() + AMBER_WITHIN_DAYS * DAY_MS);
}
