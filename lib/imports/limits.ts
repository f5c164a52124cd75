// Upload limits, shared by the upload screen (its hint) and the route handler that enforces them.

/** The most an upload (both files together) may weigh. A 100,000-row extract is about 15 MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "50 MB";

/** Why an upload was refused, carried back to /imports in the URL (?error=…). */
export const UPLOAD_ERRORS = {
  "too-large": `The files must be ${MAX_UPLOAD_LABEL} or smaller together. Split the extract into smaller files.`,
  "no-offences": "Select the offences CSV file",
  empty: "The selected offences file is empty",
} as const;
export type UploadError = keyof typeof UPLOAD_ERRORS;

export function isUploadError(value: unknown): value is UploadError {
  return typeof value === "string" && value in UPLOAD_ERRORS;
}
