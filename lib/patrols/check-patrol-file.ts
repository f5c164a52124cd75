import { dayOf, type IsoDay } from "@/lib/dates/day";
import { checkColumns } from "@/lib/imports/columns";
import { CsvFormatError, readCsvRecords } from "@/lib/imports/csv-reader";
import type { ImportSource } from "@/lib/imports/check-import-files";
import { PATROL_TYPES, patrolTypeOf, type PatrolType } from "@/lib/patrols/patrol-types";

// The geofencing extract (issue 17): one row per hotspot, day and patrol type with the minutes of
// visible patrol inside the geofence that day. Read with the RMS import's CSV reader and header
// check; every row is checked and every problem kept, so the dry run lists them all. Pure.

export const PATROL_COLUMNS = ["hotspot_code", "date", "minutes", "patrol_type"] as const;
/** A day has 1440 minutes: one type of patrol cannot be in a hotspot for longer. */
export const MAX_PATROL_MINUTES = 1440;
/** A year of daily rows for 57 hotspots and four types is about 4 MB. */
export const MAX_PATROL_FILE_BYTES = 10 * 1024 * 1024;

export type PatrolProblem = { line: number; column: string; reason: string };
export type PatrolRow = {
  line: number;
  hotspotId: number;
  day: IsoDay;
  patrolType: PatrolType;
  minutes: number;
};

export type PatrolReference = {
  /** Hotspot codes (upper case) → ids. */
  hotspots: ReadonlyMap<string, number>;
  today: IsoDay;
  /** Dosage already recorded: `${hotspotId}|${day}|${type}` → minutes and the import it came with. */
  existing: ReadonlyMap<string, { minutes: number; importRunId: number | null }>;
};

export type PatrolCheck = {
  /** Rows to write (new ones only). */
  rows: PatrolRow[];
  problems: PatrolProblem[];
  counts: { rows: number; new: number; unchanged: number; problems: number; minutes: number };
};

export const patrolKey = (hotspotId: number, day: string, type: string) => `${hotspotId}|${day}|${type}`;

export async function checkPatrolFile(
  source: ImportSource,
  reference: PatrolReference,
): Promise<PatrolCheck> {
  const result: PatrolCheck = {
    rows: [],
    problems: [],
    counts: { rows: 0, new: 0, unchanged: 0, problems: 0, minutes: 0 },
  };
  const seen = new Map<string, number>();
  let index: Map<string, number> | null = null;
  try {
    for await (const record of readCsvRecords(source)) {
      if (!index) {
        const header = checkColumns(record.fields, PATROL_COLUMNS, PATROL_COLUMNS);
        if (header.problems.length > 0) {
          result.problems.push(...header.problems);
          break;
        }
        index = header.index;
        continue;
      }
      result.counts.rows++;
      const field = (name: string) => (record.fields[index!.get(name)!] ?? "").trim();
      const problem = (column: string, reason: string) =>
        result.problems.push({ line: record.line, column, reason });
      const before = result.problems.length;

      const code = field("hotspot_code").toUpperCase();
      const hotspotId = reference.hotspots.get(code);
      if (code === "") problem("hotspot_code", "The hotspot code is missing");
      else if (hotspotId === undefined) problem("hotspot_code", `No hotspot has the code “${code}”`);

      const dateText = field("date");
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
      const day = iso ? dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
      if (!day) problem("date", `“${dateText}” is not a date: use YYYY-MM-DD`);
      else if (day > reference.today)
        problem("date", `${day} is in the future: patrols are imported after they happen`);

      const minutesText = field("minutes");
      const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : NaN;
      if (!(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_PATROL_MINUTES))
        problem(
          "minutes",
          `“${minutesText}” is not a whole number of minutes from 1 to ${MAX_PATROL_MINUTES}`,
        );

      const typeText = field("patrol_type");
      const patrolType = patrolTypeOf(typeText);
      if (!patrolType)
        problem("patrol_type", `Unknown patrol type “${typeText}”: the types are ${PATROL_TYPES.join(", ")}`);

      if (result.problems.length > before || hotspotId === undefined || !day || !patrolType) continue;
      const key = patrolKey(hotspotId, day, patrolType);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problem("hotspot_code", `Repeats line ${earlier}: one row per hotspot, date and patrol type`);
        continue;
      }
      seen.set(key, record.line);
      const recorded = reference.existing.get(key);
      if (recorded && recorded.minutes === minutes) {
        result.counts.unchanged++;
        continue;
      }
      if (recorded) {
        problem(
          "minutes",
          `${code} on ${day} (${patrolType}) was imported already with ${recorded.minutes} minutes${recorded.importRunId ? ` (import ${recorded.importRunId})` : ""}: imported dosage is never changed`,
        );
        continue;
      }
      result.rows.push({ line: record.line, hotspotId, day, patrolType, minutes });
      result.counts.minutes += minutes;
    }
    if (result.counts.rows === 0 && result.problems.length === 0)
      result.problems.push({
        line: 1,
        column: "",
        reason: "The file is empty: it needs a header row and at least one row",
      });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    result.problems.push({ line: error.line, column: "", reason: error.message });
    result.rows = [];
  }
  result.counts.new = result.rows.length;
  result.counts.problems = result.problems.length;
  return result;
}
