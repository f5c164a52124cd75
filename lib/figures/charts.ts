import type { FigureTable } from "@/lib/figures/figure-table";
import { percentNumber } from "@/lib/figures/rules";

// Chart data for /figures (issue 17), derived only from the tables the page already has, so a
// chart can never show a number its table does not: every labelled value is the text of one table
// cell, with the row and column it came from (the e2e reads both back). Pure: no queries.

/** A number drawn on a chart: its length (null when the table says "n/a") and its printed label. */
export type ChartValue = { value: number | null; text: string; row: string; column: string };

export type BarGroup = { label: string; bars: ChartValue[] };
/** Horizontal bars: one group per row of the chart, one bar per series in each group. */
export type BarChartData = {
  id: string;
  title: string;
  summary: string;
  unit: "percent" | "count";
  series: string[];
  groups: BarGroup[];
};

export type Direction = "up" | "down" | "same";
export type ChangeItem = {
  label: string;
  direction: Direction;
  /** The % change (null when last year was 0, printed "n/a"). */
  change: ChartValue;
  /** "this year vs last year", as the table prints it. */
  counts: ChartValue;
};
export type ChangeChartData = { id: string; title: string; summary: string; items: ChangeItem[] };

/** What a table cell shows on screen (the parts' text, without the screen-reader-only names). */
export function cellText(table: FigureTable, row: string, column: string): string {
  return cellParts(table, row, column)
    .map((p) => p.text)
    .join("");
}

/** "11.25%" → 11.25, "1,234" → 1234, "n/a" → null. */
export function chartNumber(text: string): number | null {
  if (text === "n/a") return null;
  const n = text.endsWith("%") ? percentNumber(text) : Number(text.replace(/,/g, ""));
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

function valueOf(table: FigureTable, row: string, column: string): ChartValue {
  const text = cellText(table, row, column);
  return { value: chartNumber(text), text, row, column };
}

function cellParts(table: FigureTable, row: string, column: string) {
  const r = table.rows.find((x) => x.head === row);
  const i = table.columns.indexOf(column);
  const cell = i < 0 ? undefined : r?.cells[i];
  if (!cell) throw new Error(`Table ${table.id} has no cell ${row} / ${column}`);
  return cell;
}

/** "Outcome rate by performance year": one bar per year, the rate the table prints. */
export function outcomeRateChart(table: FigureTable): BarChartData {
  const groups = table.rows.map((r) => ({ label: r.head, bars: [valueOf(table, r.head, "Outcome Rate")] }));
  return {
    id: "outcome-rate",
    title: "Outcome rate by performance year",
    summary: `Bar chart of the serious youth violence outcome rate by performance year: ${listOf(groups)}.`,
    unit: "percent",
    series: ["Outcome rate"],
    groups,
  };
}

/** The year-to-date change per column of a YTD table (`ytd` or `knife-ytd`), marked up or down. */
export function ytdChangeChart(table: FigureTable): ChangeChartData {
  const changeRow = table.rows.find((r) => r.head.startsWith("% Change"));
  const countRow = table.rows.find((r) => r.head.startsWith("Count Change"));
  if (!changeRow || !countRow) throw new Error(`Table ${table.id} has no change rows`);
  const items = table.columns.map((column): ChangeItem => {
    // The direction comes from the counts themselves, so "n/a" (nothing last year) still says up.
    const [now, before] = cellParts(table, countRow.head, column)
      .filter((p) => p.count !== undefined)
      .map((p) => p.count ?? 0);
    return {
      label: column,
      direction: directionOf(now ?? 0, before ?? 0),
      change: valueOf(table, changeRow.head, column),
      counts: valueOf(table, countRow.head, column),
    };
  });
  const words = items
    .map((i) => `${i.label} ${DIRECTION_WORDS[i.direction]} ${i.change.text} (${i.counts.text})`)
    .join("; ");
  return {
    id: table.id,
    title: `Year-to-date change: ${table.caption}`,
    summary: `Bar chart of the year-to-date % change per category, ${countRow.head.replace("Count Change ", "")}: ${words}.`,
    items,
  };
}

export const DIRECTION_WORDS: Record<Direction, string> = { up: "up", down: "down", same: "unchanged" };

export function directionOf(now: number, before: number): Direction {
  return now > before ? "up" : now < before ? "down" : "same";
}

/** "NPU comparison": offences and knife-used offences per NPU (the "All NPUs" total is left out). */
export function npuChart(table: FigureTable): BarChartData {
  const series = ["Offences", "Knife used"];
  const groups = table.rows
    .filter((r) => r.head !== "All NPUs")
    .map((r) => ({ label: r.head, bars: series.map((s) => valueOf(table, r.head, s)) }));
  const words = groups.map((g) => `${g.label} ${g.bars[0]!.text} (${g.bars[1]!.text} knife used)`).join(", ");
  return {
    id: "npu",
    title: "NPU comparison",
    summary: `Bar chart of serious youth violence offences by NPU, with offences where a knife was used: ${words}.`,
    unit: "count",
    series,
    groups,
  };
}

/** "Hotspot share": the share of offences, harm and area inside and outside the hotspots. */
export function hotspotShareChart(table: FigureTable): BarChartData {
  const series = table.rows.map((r) => r.head);
  const groups = ["Share of offences", "Share of harm", "Share of area"].map((column) => ({
    label: column,
    bars: series.map((row) => valueOf(table, row, column)),
  }));
  const inside = series[0] ?? "Inside hotspots";
  const words = groups.map((g) => `${g.bars[0]?.text ?? "n/a"} of ${g.label.replace("Share of ", "")}`);
  return {
    id: "hotspots",
    title: "Hotspot share",
    summary: `Bar chart of the hotspots' share: ${inside.toLowerCase()} hold ${words.join(", ")}.`,
    unit: "percent",
    series,
    groups,
  };
}

function listOf(groups: BarGroup[]): string {
  return groups.map((g) => `${g.label} ${g.bars.map((b) => b.text).join(" and ")}`).join(", ");
}
