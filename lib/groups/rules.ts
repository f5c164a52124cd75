// Pure rules for groups. Client-safe.

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
  const fields: Record<string, string[]> = {};
  for (const field of Object.keys(labels) as (keyof ComparablePlanLine)[]) {
    if (same(mine[field], saved[field])) continue;
    fields[field] = [
      `${labels[field]} was changed: you entered “${describe(field, mine[field])}”, the saved value is “${describe(field, saved[field])}”`,
    ];
  }
  const who = savedBy
    ? `${savedBy.label} saved this plan line at ${savedBy.at}`
    : "Someone else saved this plan line";
  const count = Object.keys(fields).length;
  const what =
    count === 0
      ? "Your values match theirs."
      : `${count === 1 ? "1 field differs" : `${count} fields differ`} from what you entered.`;
  return {
    _form: [
      `${who} while you were editing it. ${what} Your values are still in the form: check them and save again to keep them.`,
    ],
    ...fields,
  };
}
