// The two RMS extract formats (README "Importing from the RMS") and the header check. Pure.

export type ImportFileKind = "offences" | "persons";

export type ImportProblem = { file: ImportFileKind; line: number; column: string; reason: string };

/** Columns every offences file must have; the others may be left out (then never changed). */
export const REQUIRED_OFFENCE_COLUMNS = [
  "crime_reference",
  "recorded_date",
  "occurred_date",
  "ho_offence_code",
  "knife_used",
  "npu",
] as const;

export const OFFENCE_COLUMNS = [
  ...REQUIRED_OFFENCE_COLUMNS,
  "hotspot",
  "latitude",
  "longitude",
  "victim_age",
  "outcome_code",
  "outcome_date",
  "knife_recovered",
  "domestic_abuse",
  "oic_email",
  "summary",
] as const;
export type OffenceColumn = (typeof OFFENCE_COLUMNS)[number];

export const PERSON_COLUMNS = [
  "crime_reference",
  "person_ref",
  "role",
  "surname",
  "forenames",
  "date_of_birth",
  "gender",
] as const;

export const COLUMNS_OF: Record<ImportFileKind, readonly string[]> = {
  offences: OFFENCE_COLUMNS,
  persons: PERSON_COLUMNS,
};
const REQUIRED_OF: Record<ImportFileKind, readonly string[]> = {
  offences: REQUIRED_OFFENCE_COLUMNS,
  persons: PERSON_COLUMNS,
};

/** The columns a rejected-rows download adds: ignored on upload, so the fixed file goes straight back. */
export const REJECTED_COLUMNS = ["rejected_line", "rejected_reasons"] as const;

/** Where each known column sits in the file's rows. */
export type ColumnIndex = Map<string, number>;

/**
 * Checks the header row: every required column present, no unknown or repeated column. An
 * unknown name close to a missing one ("occured_date") gets "did you mean". Headers are matched
 * after trimming and lower-casing, as spreadsheets often capitalise them.
 */
export function checkHeader(
  kind: ImportFileKind,
  header: readonly string[],
): { index: ColumnIndex; problems: ImportProblem[] } {
  const { index, problems } = checkColumns(header, COLUMNS_OF[kind], REQUIRED_OF[kind]);
  return { index, problems: problems.map((p) => ({ file: kind, ...p })) };
}

/** The header check for any CSV format (the patrol extract too): the known and required columns. */
export function checkColumns(
  header: readonly string[],
  known: readonly string[],
  required: readonly string[],
): { index: ColumnIndex; problems: Omit<ImportProblem, "file">[] } {
  const index: ColumnIndex = new Map();
  const problems: Omit<ImportProblem, "file">[] = [];
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if ((REJECTED_COLUMNS as readonly string[]).includes(name)) return;
    if (!known.includes(name)) unknown.push(raw.trim());
    else if (index.has(name))
      problems.push({
        line: 1,
        column: name,
        reason: `The column “${name}” appears twice in the header row`,
      });
    else index.set(name, i);
  });
  const missing = known.filter((c) => !index.has(c));
  for (const name of unknown) {
    const guess = closest(name.toLowerCase(), missing);
    const shown = name === "" ? "(a column with no name)" : `“${name}”`;
    problems.push({
      line: 1,
      column: name,
      reason: guess
        ? `Unknown column ${shown}: did you mean “${guess}”?`
        : `Unknown column ${shown}: the columns are ${known.join(", ")}`,
    });
  }
  for (const name of required) {
    if (!index.has(name))
      problems.push({ line: 1, column: name, reason: `The header row has no “${name}” column` });
  }
  return { index, problems };
}

/** The candidate within edit distance 3 (and under half the word), or null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const name of candidates) {
    const distance = editDistance(word, name);
    if (distance <= Math.min(3, Math.floor(name.length / 2)) && (!best || distance < best.distance))
      best = { name, distance };
  }
  return best?.name ?? null;
}

/** Levenshtein distance (insert, delete, substitute). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
