import type { InvestigationStatus } from "@/lib/enums";
import { dbDateOf, type IsoDay } from "@/lib/dates/day";
import { outcomeTypeRef } from "@/lib/reference/outcome-types";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";

// Pure rules for investigations. "Open" for an officer's caseload means not yet finalised: a
// charged case still has reviews until its outcome is recorded.

export const UNFINISHED_STATUSES = [
  "OPEN",
  "PENDING_SUSPECT",
  "CHARGED",
] as const satisfies readonly InvestigationStatus[];

export const INVESTIGATION_STATUSES = [
  "OPEN",
  "PENDING_SUSPECT",
  "CHARGED",
  "FINALISED",
] as const satisfies readonly InvestigationStatus[];

/** A review is overdue when its date is before today (UK); one due today is not yet overdue. */
export function isReviewOverdue(nextReviewOn: Date | null, today: IsoDay): boolean {
  return nextReviewOn !== null && nextReviewOn.getTime() < dbDateOf(today).getTime();
}

// A charge can be discontinued (back to open) and a finalised case reopened on new evidence, but a
// case is never "pending suspect" once someone has been charged.
const TRANSITIONS: Record<InvestigationStatus, readonly InvestigationStatus[]> = {
  OPEN: ["PENDING_SUSPECT", "CHARGED", "FINALISED"],
  PENDING_SUSPECT: ["OPEN", "CHARGED", "FINALISED"],
  CHARGED: ["OPEN", "FINALISED"],
  FINALISED: ["OPEN"],
};

export function canMoveStatus(from: InvestigationStatus, to: InvestigationStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** On the Home Office list (0-23). 0 means "not yet assigned". */
export function isKnownOutcomeCode(code: number): boolean {
  return Number.isInteger(code) && outcomeTypeRef(code) !== undefined;
}

export type InvestigationChange = {
  status: InvestigationStatus;
  outcomeCode: number | null;
  outcomeOn: Date | null;
  chargedOn: Date | null;
  nextReviewOn: Date | null;
};

export type InvestigationContext = {
  currentStatus: InvestigationStatus;
  currentNextReviewOn: Date | null;
  occurredOn: Date;
  today: IsoDay;
};

/**
 * Field → message for every rule the change breaks; empty when it may be saved. Dates are `@db.Date`
 * values (UTC midnight), compared with the UK calendar date `today`.
 */
export function investigationChangeErrors(
  change: InvestigationChange,
  context: InvestigationContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const today = dbDateOf(context.today).getTime();
  const occurred = context.occurredOn.getTime();
  const label = INVESTIGATION_STATUS_LABELS;

  if (!canMoveStatus(context.currentStatus, change.status)) {
    errors.status = `A case that is ${label[context.currentStatus].toLowerCase()} cannot become ${label[change.status].toLowerCase()}`;
  }

  const assigned = change.outcomeCode !== null && change.outcomeCode !== 0;
  if (change.outcomeCode !== null && !isKnownOutcomeCode(change.outcomeCode)) {
    errors.outcomeCode = "Select an outcome from the Home Office list";
  } else if (change.status === "FINALISED" && !assigned) {
    errors.outcomeCode = "Select the outcome of a finalised investigation";
  }

  for (const [field, name] of [
    ["outcomeOn", "Outcome date"],
    ["chargedOn", "Charge date"],
  ] as const) {
    const value = change[field];
    if (!value) continue;
    if (value.getTime() > today) errors[field] = `${name} must be today or in the past`;
    else if (value.getTime() < occurred)
      errors[field] = `${name} must be on or after the date the offence occurred`;
  }
  if (!errors.outcomeOn) {
    if (assigned && !change.outcomeOn) errors.outcomeOn = "Enter the date of the outcome";
    else if (!assigned && change.outcomeOn)
      errors.outcomeOn = "Remove the outcome date, or select an outcome";
  }
  if (!errors.chargedOn && change.status === "CHARGED" && !change.chargedOn)
    errors.chargedOn = "Enter the charge date";

  // An unchanged review date may have passed (that is what "overdue" means); a new one may not.
  const review = change.nextReviewOn;
  const reviewChanged = (review?.getTime() ?? null) !== (context.currentNextReviewOn?.getTime() ?? null);
  if (review && reviewChanged && review.getTime() < today)
    errors.nextReviewOn = "Next review date must be today or in the future";

  return errors;
}
