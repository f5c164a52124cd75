// CSV writing for every export (RFC 4180), pure so it is unit-tested and reused.
//
// Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @, a tab or a
// carriage return is run as a formula by Excel and LibreOffice, so a crafted summary could call out
// to a server or run a command on the recipient's machine. Such cells get a leading apostrophe,
// which spreadsheets show as text. The cost, a visible apostrophe before e.g. "-3", is accepted:
// exported figures are read by people, and a disclosed file must never execute anything.

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised against formulas, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  // Numbers and booleans the app wrote are data, not user text; only strings can carry a formula.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks (Excel reads it everywhere). */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * A byte-order mark so Excel opens the UTF-8 file as UTF-8 (names with accents), then the header.
 * Callers add the OFFICIAL-SENSITIVE marking as the first row: the file travels without the screen.
 */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${csvRow(columns)}`;
}
