import { dayFromParts, parseDateInput, type DayParts, type IsoDay } from "@/lib/dates/day";
import {
  performanceYearContaining,
  performanceYearLabel,
  performanceYearRange,
} from "@/lib/dates/performance-year";

// The figure rules of docs/domain.md ("Definitions the figures must follow"), pure so each is unit
// tested: performance-year windows, the year-to-date span and its comparison, % change, the
// outcome rate and small-number suppression. Dates are ISO days (compared as text).

const pad = (n: number) => String(n).padStart(2, "0");

/** The same calendar day one year earlier; 29 February becomes 28 February. */
export function sameDayYearBefore(day: IsoDay): IsoDay {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const d = month === 2 && date === 29 ? 28 : date;
  return `${year - 1}-${pad(month)}-${pad(d)}` as IsoDay;
}

export type DayRange = { from: IsoDay; to: IsoDay };

export type FigureWindow = {
  /** Performance year by its starting year (2022 is 2022/23). */
  year: number;
  yearLabel: string;
  previousYearLabel: string;
  /** The day the figures are "as at". */
  asAt: IsoDay;
  /** Year to date: 1 April of the year to the as-at day (or the year's end, if earlier). */
  current: DayRange;
  /** The same span one year earlier (docs/domain.md: the YTD comparison). */
  previous: DayRange;
  /** Any adjustment made to what the URL asked for, in words. */
  messages: string[];
  /** The as-at boxes as typed, when they do not make a real date (shown again with the error). */
  asAtTyped?: DayParts;
  asAtError?: string;
};

/**
 * The window of the figures page from its URL: `asAt` (default today) and `year` (default the
 * performance year containing the as-at day). A year that has ended is shown whole; a year that
 * starts after the as-at day has no days yet, so the as-at day's own year is used instead.
 */
export function figureWindow(
  input: { asAt?: string; asAtParts?: DayParts; year?: string },
  today: IsoDay,
): FigureWindow {
  const messages: string[] = [];
  let asAt = today;
  let typed: Pick<FigureWindow, "asAtTyped" | "asAtError"> = {};
  const boxes = input.asAtParts ? dayFromParts(input.asAtParts) : null;
  if (boxes && boxes.problem !== "empty") {
    if (boxes.day) asAt = boxes.day;
    else {
      const asAtError =
        boxes.problem === "incomplete"
          ? `The as-at date must include a ${boxes.missing.join(" and ")}`
          : "The as-at date must be a real date";
      typed = { asAtTyped: input.asAtParts, asAtError };
      messages.push("The as-at date could not be used, so the figures are as at today.");
    }
  } else if (input.asAt) {
    const parsed = parseDateInput(input.asAt);
    if (parsed) asAt = parsed;
    else messages.push(`“${input.asAt}” is not a real date, like 27/3/2026, so the figures are as at today.`);
  }
  let year = performanceYearContaining(asAt);
  if (input.year) {
    const asked = /^\d{4}$/.test(input.year) ? Number(input.year) : NaN;
    if (!(asked >= 2000 && asked <= 2100))
      messages.push(`Performance year “${input.year}” cannot be used. It was ignored.`);
    else if (asked > year)
      messages.push(
        `${performanceYearLabel(asked)} had not started on the as-at date, so ${performanceYearLabel(year)} is shown.`,
      );
    else year = asked;
  }
  const range = performanceYearRange(year);
  const current: DayRange = { from: range.from, to: asAt < range.to ? asAt : range.to };
  const previous: DayRange = { from: performanceYearRange(year - 1).from, to: sameDayYearBefore(current.to) };
  return {
    year,
    yearLabel: performanceYearLabel(year),
    previousYearLabel: performanceYearLabel(year - 1),
    asAt,
    current,
    previous,
    messages,
    ...typed,
  };
}

/** The window from a figures page's URL: the as-at boxes (`asAtDay`, …), else `asAt`, and `year`. */
export function figureWindowFromParams(
  params: Record<string, string | string[] | undefined>,
  today: IsoDay,
): FigureWindow {
  const first = (v: string | string[] | undefined) =>
    (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 20) || undefined;
  const asAtParts = ["asAtDay", "asAtMonth", "asAtYear"].some((k) => params[k] !== undefined)
    ? {
        day: first(params.asAtDay) ?? "",
        month: first(params.asAtMonth) ?? "",
        year: first(params.asAtYear) ?? "",
      }
    : undefined;
  return figureWindow({ asAt: first(params.asAt), asAtParts, year: first(params.year) }, today);
}

/** docs/domain.md: (current − previous) / previous × 100 to one decimal; "n/a" when previous is 0. */
export function percentChange(current: number, previous: number): string {
  if (previous === 0) return "n/a";
  const diff = current - previous;
  if (diff === 0) return "0%"; // as the board report prints an unchanged count ("2 vs 2": 0%)
  // Half away from zero, on the exact ratio (diff × 1000 / previous is correctly rounded).
  const tenths = Math.round(Math.abs(diff * 1000) / previous);
  const sign = diff < 0 && tenths > 0 ? "-" : "";
  return `${sign}${(tenths / 10).toFixed(1)}%`;
}

/** "-2.6%" → -2.6 for a CSV cell (a number, so never formula-escaped); "n/a" stays text. */
export function percentNumber(text: string): number | string {
  return text === "n/a" ? text : Number(text.replace("%", ""));
}

/** A share as a percentage with two decimals ("11.25%"); "n/a" when nothing is in the denominator. */
export function percentage(part: number, whole: number): string {
  if (whole === 0) return "n/a";
  const hundredths = Math.round((part * 10000) / whole);
  return `${(hundredths / 100).toFixed(2)}%`;
}

/** Serious Violence Duty suppression: counts 1-4 are withheld ("*"); 0 and 5+ are shown. */
export const SUPPRESSED = "*";
export function suppressSmall(count: number): string | number {
  return count >= 1 && count <= 4 ? SUPPRESSED : count;
}

/** The months (first and last day) from `from` to `to` inclusive, clipped to that range. */
export function monthsBetween(range: DayRange): { key: string; label: string; range: DayRange }[] {
  const months: { key: string; label: string; range: DayRange }[] = [];
  let [y, m] = range.from.split("-").map(Number) as [number, number];
  const endKey = range.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const start = `${key}-01` as IsoDay;
    const end = `${key}-${pad(last)}` as IsoDay;
    months.push({
      key,
      label: `${MONTHS[m - 1]} ${y}`,
      range: { from: start < range.from ? range.from : start, to: end > range.to ? range.to : end },
    });
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

/** The trend chart's span: the 24 months ending with the as-at day's month. */
export function trendRange(asAt: IsoDay): DayRange {
  const [y, m] = asAt.split("-").map(Number) as [number, number];
  const startMonth = m === 12 ? 1 : m + 1;
  const startYear = m === 12 ? y - 1 : y - 2;
  return { from: `${startYear}-${pad(startMonth)}-01` as IsoDay, to: asAt };
}

/** Home Office quarters of a performance year (Q1 April–June … Q4 January–March), clipped to `to`. */
export function quartersOf(year: number, to: IsoDay): { label: string; range: DayRange }[] {
  const spans: [string, string, string][] = [
    ["Q1 (Apr–Jun)", `${year}-04-01`, `${year}-06-30`],
    ["Q2 (Jul–Sept)", `${year}-07-01`, `${year}-09-30`],
    ["Q3 (Oct–Dec)", `${year}-10-01`, `${year}-12-31`],
    ["Q4 (Jan–Mar)", `${year + 1}-01-01`, `${year + 1}-03-31`],
  ];
  return spans
    .filter(([, from]) => from <= to)
    .map(([label, from, end]) => ({
      label,
      range: { from: from as IsoDay, to: (end < to ? end : to) as IsoDay },
    }));
}

/** "1 Apr 2022 to 8 Sept 2022" for a day range. */
export function rangeLabel(range: DayRange): string {
  const f = (d: IsoDay) => {
    const [y, m, day] = d.split("-").map(Number) as [number, number, number];
    return `${day} ${MONTHS[m - 1]} ${y}`;
  };
  return `${f(range.from)} to ${f(range.to)}`;
}
