import type { PersonRole } from "@/lib/enums";
import { ageOn } from "@/lib/dates/day";

// Pure rules about named persons: ages, plausible dates of birth and the flags a person record
// shows. Dates are `@db.Date` values (UTC midnight), so only their UTC parts are read.

export const MAX_PLAUSIBLE_AGE = 120;
/** A rolling 12 months, counted back from today, for "repeat" flags. */
const ROLLING_DAYS = 365;
const DAY_MS = 86_400_000;

/** Why a date of birth cannot be right, or null: in the future, or an age over 120 today. */
export function dateOfBirthProblem(dateOfBirth: Date, today: Date): string | null {
  if (dateOfBirth.getTime() > today.getTime()) return "Date of birth must be today or in the past";
  if (ageOn(dateOfBirth, today) > MAX_PLAUSIBLE_AGE)
    return `Date of birth must make the person ${MAX_PLAUSIBLE_AGE} or younger`;
  return null;
}

export const OFFENDING_ROLES: readonly PersonRole[] = ["SUSPECT", "OFFENDER"];

export type Appearance = { role: PersonRole; occurredOn: Date };

export type PersonFlag =
  "REPEAT_VICTIM" | "REPEAT_OFFENDER" | "VICTIM_AND_SUSPECT" | "UNDER_25" | "VULNERABLE" | "GROUP_MEMBER";

export const PERSON_FLAG_LABELS: Record<PersonFlag, string> = {
  REPEAT_VICTIM: "Repeat victim (12 months)",
  REPEAT_OFFENDER: "Repeat suspect or offender (12 months)",
  VICTIM_AND_SUSPECT: "Victim and suspect",
  UNDER_25: "Under 25",
  VULNERABLE: "Vulnerable",
  GROUP_MEMBER: "Group member",
};

/**
 * The flags on a person record. "Repeat" means two or more offences in that role that occurred in
 * the 12 months to today (a rolling window, not the performance year). Victim-and-suspect counts
 * any time: the forum wants to see people who have been on both sides, however long ago.
 */
export function personFlags(input: {
  dateOfBirth: Date | null;
  vulnerable: boolean;
  appearances: readonly Appearance[];
  activeGroupMemberships: number;
  today: Date;
}): PersonFlag[] {
  const since = input.today.getTime() - ROLLING_DAYS * DAY_MS;
  const recent = input.appearances.filter(
    (a) => a.occurredOn.getTime() > since && a.occurredOn.getTime() <= input.today.getTime(),
  );
  const victimRecent = recent.filter((a) => a.role === "VICTIM").length;
  const offenderRecent = recent.filter((a) => OFFENDING_ROLES.includes(a.role)).length;
  const everVictim = input.appearances.some((a) => a.role === "VICTIM");
  const everOffender = input.appearances.some((a) => OFFENDING_ROLES.includes(a.role));

  const flags: PersonFlag[] = [];
  if (victimRecent >= 2) flags.push("REPEAT_VICTIM");
  if (offenderRecent >= 2) flags.push("REPEAT_OFFENDER");
  if (everVictim && everOffender) flags.push("VICTIM_AND_SUSPECT");
  if (input.dateOfBirth && ageOn(input.dateOfBirth, input.today) < 25) flags.push("UNDER_25");
  if (input.vulnerable) flags.push("VULNERABLE");
  if (input.activeGroupMemberships > 0) flags.push("GROUP_MEMBER");
  return flags;
}

/** Parses `?context=offence:12` (the case the user came from); anything else is ignored. */
export function parseOffenceContext(value: string | string[] | undefined): number | null {
  if (typeof value !== "string") return null;
  const match = /^offence:([1-9]\d{0,9})$/.exec(value);
  return match ? Number(match[1]) : null;
}
