// Pure rules for groups. Client-safe.
import { conflictFieldErrors } from "@/lib/actions/conflict";

/** A membership counts on a day when it has started and not yet ended (the end day still counts). */
export function isActiveMembership(m: { startOn: Date; endOn: Date | null }, today: Date): boolean {
  return m.startOn.getTime() <= today.getTime() && (m.endOn === null || m.endOn.getTime() >= today.getTime());
}

/** Why an end date cannot be saved, or null. A membership ends on or after the day it started. */
export function endDateError(startOn: Date, endOn: Date): string | null {
  return endOn.getTime() < startOn.getTime() ? "End date must be on or after the start date" : null;
}

export type ComparablePlanLine = {
  strand: string;
  description: string;
  ownerId: number;
  status: string;
  dueOn: Date | null;
};

/** Only a plan line's own fields: what is saved, audited before and after, and compared on a conflict. */
export function comparablePlanLine<T extends ComparablePlanLine>(l: T): Pick<T, keyof ComparablePlanLine> {
  return {
    strand: l.strand,
    description: l.description,
    ownerId: l.ownerId,
    status: l.status,
    dueOn: l.dueOn,
  };
}

/**
 * What a second editor of a plan line is told (optimistic concurrency): a form-level message and,
 * per field they typed differently from what is now saved, the saved value. `describe` renders a
 * value as the user reads it (labels, owner names, dates).
 */
export function planLineConflictErrors(
  mine: ComparablePlanLine,
  saved: ComparablePlanLine,
  describe: (field: keyof ComparablePlanLine, value: unknown) => string,
  savedBy: { label: string; at: string } | null,
): Record<string, string[]> {
  const labels: Record<keyof ComparablePlanLine, string> = {
    strand: "Strand",
    description: "Description",
    ownerId: "Owner",
    status: "Status",
    dueOn: "Due date",
  };
  const same = (a: unknown, b: unknown) =>
    a instanceof Date || b instanceof Date
      ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
      : a === b;
  return conflictFieldErrors(
    "plan line",
    Object.fromEntries(
      (Object.keys(labels) as (keyof ComparablePlanLine)[]).map((field) => [
        field,
        {
          label: labels[field],
          mine: describe(field, mine[field]),
          saved: describe(field, saved[field]),
          differs: !same(mine[field], saved[field]),
        },
      ]),
    ),
    savedBy,
  );
}
