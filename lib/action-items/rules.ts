import type { ActionStatus } from "@/lib/enums";
import { dbDateOf, type IsoDay } from "@/lib/dates/day";

// RAG for forum actions (issue 6): red when overdue, amber when due within 7 days, green
// otherwise. Only live actions (open or in progress) have a RAG; a closed one (completed, not
// possible, not done) has none. "Today" is the UK calendar date (todayInUk), and due dates are
// `@db.Date` values (UTC midnight), so the comparison is in whole days.

export type Rag = "RED" | "AMBER" | "GREEN";

export const ACTION_STATUSES = [
  "OPEN",
  "IN_PROGRESS",
  "COMPLETED",
  "NOT_POSSIBLE",
  "NOT_DONE",
] as const satisfies readonly ActionStatus[];

export const LIVE_ACTION_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly ActionStatus[];

/** An action due today or in the next 7 days is amber. */
export const AMBER_WITHIN_DAYS = 7;

const DAY_MS = 86_400_000;
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

export function isLiveAction(status: ActionStatus): boolean {
  return (LIVE_ACTION_STATUSES as readonly ActionStatus[]).includes(status);
}

export function actionRag(action: { status: ActionStatus; dueOn: Date }, today: IsoDay): Rag | null {
  if (!isLiveAction(action.status)) return null;
  const daysLeft = dayNumber(action.dueOn) - dayNumber(dbDateOf(today));
  if (daysLeft < 0) return "RED";
  if (daysLeft <= AMBER_WITHIN_DAYS) return "AMBER";
  return "GREEN";
}

/** For queries: a live action due before this date is red. */
export function overdueBefore(today: IsoDay): Date {
  return dbDateOf(today);
}

/** For queries: a live action due on or before this date is red or amber. */
export function amberUntil(today: IsoDay): Date {
  return new Date(dbDateOf(today).getTime() + AMBER_WITHIN_DAYS * DAY_MS);
}

// ---- Transitions (issue 6) ----------------------------------------------------------------
// The owner moves a live action to in progress, completed (a result note is required) or "not
// possible" (a reason is required). "Not possible" is then awaiting the chair's review (closedAt is
// still null): at review the chair records whether it really was not possible (closedAt set) or
// was not done (NOT_DONE) — the MARAC practice. The chair (actions.manage) may also close any
// live action directly.

export const OWNER_STATUSES = [
  "IN_PROGRESS",
  "COMPLETED",
  "NOT_POSSIBLE",
] as const satisfies readonly ActionStatus[];
export type OwnerStatus = (typeof OWNER_STATUSES)[number];
export const REVIEW_OUTCOMES = ["NOT_POSSIBLE", "NOT_DONE"] as const satisfies readonly ActionStatus[];

/** "Not possible" said by the owner, not yet confirmed (or turned into "not done") by the chair. */
export function isAwaitingReview(action: { status: ActionStatus; closedAt: Date | null }): boolean {
  return action.status === "NOT_POSSIBLE" && action.closedAt == null;
}

/** Still the forum's business: live, or awaiting the chair's review. Carried forward on close. */
export function isOpenAction(action: { status: ActionStatus; closedAt: Date | null }): boolean {
  return isLiveAction(action.status) || isAwaitingReview(action);
}

/** Field errors for an owner's status change; empty when it is allowed. */
export function progressErrors(
  current: { status: ActionStatus },
  next: { status: OwnerStatus; resultNote: string; notPossibleReason: string },
): Record<string, string> {
  if (!isLiveAction(current.status)) return { status: "This action is already closed" };
  if (next.status === "COMPLETED" && next.resultNote.trim() === "")
    return { resultNote: "Enter the result of the action" };
  if (next.status === "NOT_POSSIBLE" && next.notPossibleReason.trim() === "") {
    return { notPossibleReason: "Enter why the action was not possible" };
  }
  return {};
}

/** A due date must be today or later (UK calendar date). */
export function dueDateError(dueOn: Date, today: IsoDay): string | null {
  return dayNumber(dueOn) < dayNumber(dbDateOf(today)) ? "The due date must be today or in the future" : null;
}

/** For queries: a live action due before this date has been overdue for more than `days` days. */
export function escalateDueBefore(today: IsoDay, days: number): Date {
  return new Date(dbDateOf(today).getTime() - days * DAY_MS);
}

/**
 * Partner owners (decided for issue 6): a partner may own an action only when it is linked to no
 * case and no person, or when its linked person has been referred to the partner's provider. An
 * action about a case alone (no person) is police business. Returns the refusal, or null.
 */
export function partnerOwnerError(link: {
  offenceId: number | null;
  personId: number | null;
  personReferredToProvider: boolean;
}): string | null {
  if (link.personId != null) {
    return link.personReferredToProvider
      ? null
      : "A partner can only own actions about people referred to their organisation";
  }
  return link.offenceId == null
    ? null
    : "A partner can only own actions about people referred to their organisation, or with no linked case";
}
