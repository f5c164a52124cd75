// The reasons for viewing a record: what the browser needs of the form, with no zod (issue 15: a form page
// loads zod only when the user starts on it). lib/auth/schemas.ts imports these and re-exports them.

export const ACCESS_REASONS = [
  "Preparing for or attending a Captiva Guardian meeting",
  "Investigating an offence I am responsible for",
  "Safeguarding or risk assessment",
  "Answering an intelligence requirement",
  "Other",
] as const;
