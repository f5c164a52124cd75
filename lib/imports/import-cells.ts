import { CRIME_REFERENCE_MAX } from "@/lib/offences/offence-form-schema";
import { dbDateOf } from "@/lib/dates/day";
import type { ColumnIndex, ImportFileKind, ImportProblem } from "@/lib/imports/columns";
import type { CsvRecord } from "@/lib/imports/csv-reader";

// Reading one cell of an extract file's row: each reader returns the value (undefined when the
// column is not in the file) and records a problem against the row's line and column. Shared by the
// offence and the person rows' checkers.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const REFERENCE = /^[A-Za-z0-9/-]+$/;
// A spreadsheet runs a cell starting with these as a formula (OWASP CSV injection). lib/csv
// neutralises them on export too; refusing them here keeps them out of the records altogether.
const FORMULA = /^(?:[=+@\t\r]|-[^\d\s.])/;
export const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export type Cells = {
  get(column: string): string | undefined;
  problem(column: string, reason: string): void;
};

export function cellsOf(
  kind: ImportFileKind,
  record: CsvRecord,
  index: ColumnIndex,
  problems: ImportProblem[],
): Cells {
  return {
    get: (column) => {
      const i = index.get(column);
      return i === undefined ? undefined : (record.fields[i] ?? "").trim();
    },
    problem: (column, reason) => problems.push({ file: kind, line: record.line, column, reason }),
  };
}

/** A cell's text: undefined when the file has no such column, null when the cell is empty. */
function present(cells: Cells, column: string, whenEmpty?: string): string | null | undefined {
  const text = cells.get(column);
  if (text === undefined) return undefined;
  if (text === "") {
    if (whenEmpty) cells.problem(column, whenEmpty);
    return null;
  }
  return text;
}

/** A YYYY-MM-DD day that exists, else a problem. */
export function day(
  cells: Cells,
  column: string,
  label: string,
  required: boolean,
): string | null | undefined {
  const text = present(cells, column, required ? `Enter the ${label}` : undefined);
  if (text == null) return text;
  const m = ISO_DAY.exec(text);
  const date = m ? dbDateOf(text) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    cells.problem(column, `“${text}” is not a date in the format YYYY-MM-DD, for example 2026-03-27`);
    return null;
  }
  return text;
}

export function yesNo(cells: Cells, column: string, required: boolean): boolean | undefined {
  const text = cells.get(column)?.toUpperCase();
  if (text === undefined || (text === "" && !required)) return text === undefined ? undefined : false;
  if (text === "Y" || text === "YES") return true;
  if (text === "N" || text === "NO") return false;
  cells.problem(column, text === "" ? "Enter Y or N" : `“${cells.get(column)}” must be Y or N`);
  return undefined;
}

export function whole(
  cells: Cells,
  column: string,
  min: number,
  max: number,
  label: string,
): number | null | undefined {
  const text = present(cells, column);
  if (text == null) return text;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    cells.problem(column, `“${text}” is not ${label}: a whole number from ${min} to ${max}`);
    return null;
  }
  return Number(text);
}

export function decimal(cells: Cells, column: string, limit: number): number | null | undefined {
  const text = present(cells, column);
  if (text == null) return text;
  const value = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || Math.abs(value) > limit) {
    cells.problem(column, `“${text}” is not a ${column}: a decimal number from -${limit} to ${limit}`);
    return null;
  }
  return value;
}

export function text(cells: Cells, column: string, max: number, label: string): string | undefined {
  const value = cells.get(column);
  if (value === undefined) return undefined;
  if (value.length > max)
    cells.problem(column, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`);
  else if (FORMULA.test(value))
    cells.problem(
      column,
      `${label} starts with “${value[0]}”, which a spreadsheet would run as a formula: remove it`,
    );
  return value;
}

export function crimeReference(cells: Cells): string | null {
  const value = cells.get("crime_reference") ?? "";
  if (value === "") cells.problem("crime_reference", "Enter the crime reference");
  else if (value.length > CRIME_REFERENCE_MAX || !REFERENCE.test(value)) {
    cells.problem(
      "crime_reference",
      `“${value.slice(0, 40)}” is not a crime reference: letters, numbers, / and - only, ${CRIME_REFERENCE_MAX} characters or fewer`,
    );
  } else return value.toUpperCase();
  return null;
}
