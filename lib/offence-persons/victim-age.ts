import { ageOn } from "@/lib/dates/day";

// Offence.youngestVictimAge drives the under-25 (SYV) scope of every figure, so it is recomputed
// whenever victims or the occurred date change. Pure, so the rule is tested without a database.
// lib/offence-persons holds a person's link to an offence (OffencePerson: linking, the ages at the
// time, the youngest victim's age): lib/offences and lib/persons both change it, and import it from
// here rather than from each other. (lib/offences/rules.ts holds the offence list's date rules.)

export type VictimForAge = { dateOfBirth: Date | null };

/**
 * The youngest victim's age on the day the offence occurred, from victims' dates of birth when any
 * is known; otherwise the age the RMS extract reported (reportedVictimAge), which may be null.
 */
export function youngestVictimAge(input: {
  occurredOn: Date;
  victims: readonly VictimForAge[];
  reportedVictimAge: number | null;
}): number | null {
  const ages = input.victims
    .filter((v): v is { dateOfBirth: Date } => v.dateOfBirth !== null)
    .map((v) => ageOn(v.dateOfBirth, input.occurredOn))
    // A date of birth after the offence says nothing about the victim's age then.
    .filter((age) => age >= 0);
  if (ages.length > 0) return Math.min(...ages);
  return input.reportedVictimAge;
}

/** Age at the time of an offence, or null when the date of birth is unknown or after it. */
export function ageAtTime(dateOfBirth: Date | null, occurredOn: Date): number | null {
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, occurredOn);
  return age >= 0 ? age : null;
}
