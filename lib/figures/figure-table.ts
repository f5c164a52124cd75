import type { CsvCell } from "@/lib/csv/csv";
import { offenceListHref, type OffenceListForm } from "@/lib/offences/schemas";
import type { DayRange } from "@/lib/figures/rules";

// One shape for every table of the figures and returns pages: the page renders it, the CSV export
// writes it, and the integration tests walk it. A count carries the offence-list filters that
// reproduce its offences, so every number is a link to exactly the cases behind it.

export const FIGURE_TABLE_IDS = [
  "ytd",
  "knife-ytd",
  "outcome-rate",
  "outcome-mix",
  "outcome-mix-npu",
  "outcome-time",
  "trend",
  "npu",
  "hotspots",
  "returns",
  "svd",
] as const;
export type FigureTableId = (typeof FIGURE_TABLE_IDS)[number];

/** Offence-list filters, as they appear in the list's URL. */
export type Drill = Partial<OffenceListForm>;

/** A piece of a cell: plain text, or a count that links to its offences. */
export type FigurePart = { text: string; count?: number; drill?: Drill; hidden?: string };
export type FigureRow = { head: string; cells: FigurePart[][] };

export type FigureTable = {
  id: FigureTableId;
  caption: string;
  /** What the figures count, in words (definitions from docs/domain.md). */
  note: string;
  /** Column headings after the row heading column (`corner`). */
  corner: string;
  columns: string[];
  rows: FigureRow[];
  /** The machine-readable form for the CSV export: numbers as numbers. */
  csv: { columns: string[]; rows: CsvCell[][] };
};

/** The offence list filtered exactly as a figure counts. */
export function drillHref(drill: Drill): string {
  return offenceListHref({ form: drill, sort: "recorded", dir: "desc", page: 1, size: 25 });
}

/** A count that links to its offences; `hidden` names it for screen-reader users. */
export function countPart(count: number, drill: Drill, hidden: string): FigurePart {
  return { text: count.toLocaleString("en-GB"), count, drill, hidden };
}

export function textPart(text: string): FigurePart {
  return { text };
}

/** Serious youth violence (docs/domain.md): a scrutiny category and a victim under 25 on the day. */
export const SYV: Drill = { scrutiny: "yes", u25: "yes" };

export function inRange(range: DayRange): Drill {
  return { from: range.from, to: range.to };
}

/** Every part of a table that is a linked count, with where it sits (for tests and checks). */
export function linkedCounts(table: FigureTable): { where: string; count: number; drill: Drill }[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      cell
        .filter(
          (p): p is FigurePart & { count: number; drill: Drill } =>
            p.count !== undefined && p.drill !== undefined,
        )
        .map((p) => ({
          where: `${table.id}: ${row.head} / ${table.columns[i]}`,
          count: p.count,
          drill: p.drill,
        })),
    ),
  );
}

/** The export page for one table, keeping the figures' window. */
export function figureExportHref(id: FigureTableId, window: { asAt: string; year: number }): string {
  return `/figures/export?${new URLSearchParams({ table: id, asAt: window.asAt, year: String(window.year) }).toString()}`;
}

export function isFigureTableId(value: string): value is FigureTableId {
  return (FIGURE_TABLE_IDS as readonly string[]).includes(value);
}
