import type { InvestigationStatus } from "@/lib/enums";

/**
 * The investigation status an RMS extract row implies. The RMS is where outcomes are recorded, so
 * an assigned Home Office outcome (1-23) finalises the investigation, and an outcome withdrawn in
 * the RMS (blank or 0) reopens a finalised one. A file without the outcome column, or a row that
 * leaves an unfinished case unfinished, keeps the status the officer in charge set in the app.
 * `current` is null for an offence the import creates.
 */
export function importedStatus(
  current: InvestigationStatus | null,
  outcomeCode: number | null | undefined,
): InvestigationStatus {
  if (outcomeCode === undefined) return current ?? "OPEN";
  if (outcomeCode !== null && outcomeCode !== 0) return "FINALISED";
  return current === null || current === "FINALISED" ? "OPEN" : current;
}
