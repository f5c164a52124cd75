// The offence form's fields and limits: what the browser needs of the form, with no zod (issue 15: a form
// page loads zod only when the user starts on it). lib/offences/offence-form-schema.ts imports these and
// re-exports them.

/** Field-error key carrying the id of the offence that already has the crime reference (for a link). */
export const EXISTING_OFFENCE_KEY = "crimeReference.existingOffenceId";

export const CRIME_REFERENCE_MAX = 30;

export const SUMMARY_MAX = 2_000;

export const LOCATION_MAX = 200;

export const OFFENCE_FORM_FIELDS = [
  "crimeReference",
  "offenceCode",
  "knifeUsed",
  "domesticAbuse",
  "occurredOn",
  "recordedOn",
  "npu",
  "hotspot",
  "locationText",
  "latitude",
  "longitude",
  "summary",
] as const;
