// The pack editor's sections: what the browser needs of the form, with no zod (issue 15: a form page loads
// zod only when the user starts on it). lib/meetings/schemas.ts imports these and re-exports them.

/** The sections an item can be moved to (the threat summary's holds only the summary). */
export const MOVABLE_SECTIONS = [
  "NEW_OFFENCE",
  "SCRUTINY",
  "OPEN_ACTION",
  "REFERRAL_UPDATE",
  "FREE",
] as const;
