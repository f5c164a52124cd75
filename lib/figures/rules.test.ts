import { describe, expect, it } from "vitest";
import type { IsoDay } from "@/lib/dates/day";
import { performanceYearContaining } from "@/lib/dates/performance-year";
import {
  figureWindow,
  figureWindowFromParams,
  monthsBetween,
  percentage,
  percentNumber,
  percentChange,
  quartersOf,
  sameDayYearBefore,
  suppressSmall,
  trendRange,
} from "@/lib/figures/rules";

const d = (s: string) => s as IsoDay;

describe("performance years", () => {
  it("runs 1 April to 31 March", () => {
    expect(performanceYearContaining(d("2023-03-31"))).toBe(2022);
    expect(performanceYearContaining(d("2023-04-01"))).toBe(2023);
    expect(performanceYearContaining(d("2024-01-01"))).toBe(2023);
  });
});

describe("figureWindow", () => {
  it("defaults to today and the year containing it, comparing the same span a year earlier", () => {
    const w = figureWindow({}, d("2022-09-08"));
    expect(w).toMatchObject({
      year: 2022,
      yearLabel: "2022/23",
      previousYearLabel: "2021/22",
      asAt: "2022-09-08",
      current: { from: "2022-04-01", to: "2022-09-08" },
      previous: { from: "2021-04-01", to: "2021-09-08" },
      messages: [],
    });
  });

  it("on 31 March covers the whole year; on 1 April only that day", () => {
    expect(figureWindow({ asAt: "31/3/2023" }, d("2026-11-27")).current).toEqual({
      from: "2022-04-01",
      to: "2023-03-31",
    });
    const first = figureWindow({ asAt: "2023-04-01" }, d("2026-11-27"));
    expect(first.current).toEqual({ from: "2023-04-01", to: "2023-04-01" });
    expect(first.previous).toEqual({ from: "2022-04-01", to: "2022-04-01" });
  });

  it("compares a leap day with 28 February of the year before", () => {
    const w = figureWindow({ asAt: "2024-02-29" }, d("2026-11-27"));
    expect(w.current).toEqual({ from: "2023-04-01", to: "2024-02-29" });
    expect(w.previous).toEqual({ from: "2022-04-01", to: "2023-02-28" });
    expect(sameDayYearBefore(d("2025-02-28"))).toBe("2024-02-28");
  });

  it("shows an ended year whole, and refuses a year that had not started", () => {
    expect(figureWindow({ year: "2021" }, d("2026-11-27")).current).toEqual({
      from: "2021-04-01",
      to: "2022-03-31",
    });
    const future = figureWindow({ year: "2027", asAt: "2026-11-27" }, d("2026-11-27"));
    expect(future.year).toBe(2026);
    expect(future.messages[0]).toMatch(/2027\/28 had not started/);
  });

  it("ignores an unreal date or year with a message", () => {
    const w = figureWindow({ asAt: "30/2/2024", year: "twenty" }, d("2026-11-27"));
    expect(w.asAt).toBe("2026-11-27");
    expect(w.messages).toHaveLength(2);
  });

  it("reads the as-at boxes (month names too) and gives back a date that does not exist as typed", () => {
    const today = d("2026-11-27");
    expect(figureWindowFromParams({ asAtDay: "29", asAtMonth: "Feb", asAtYear: "2024" }, today).asAt).toBe(
      "2024-02-29",
    );
    expect(figureWindowFromParams({ asAt: "31 Aug 2022" }, today).asAt).toBe("2022-08-31");
    const bad = figureWindowFromParams({ asAtDay: "29", asAtMonth: "2", asAtYear: "2023" }, today);
    expect(bad).toMatchObject({
      asAt: "2026-11-27",
      asAtError: "The as-at date must be a real date",
      asAtTyped: { day: "29", month: "2", year: "2023" },
    });
    expect(figureWindowFromParams({ asAtDay: "1", asAtMonth: "", asAtYear: "" }, today).asAtError).toBe(
      "The as-at date must include a month and year",
    );
    const empty = figureWindowFromParams({ asAtDay: "", asAtMonth: "", asAtYear: "" }, today);
    expect([empty.asAt, empty.asAtError]).toEqual(["2026-11-27", undefined]);
  });
});

describe("percentChange", () => {
  it("matches the board report", () => {
    expect(percentChange(1361, 1303)).toBe("4.5%");
    expect(percentChange(3873, 3567)).toBe("8.6%");
    expect(percentChange(186, 191)).toBe("-2.6%");
    expect(percentChange(31, 30)).toBe("3.3%");
    expect(percentChange(2, 2)).toBe("0%");
    expect(percentChange(464, 518)).toBe("-10.4%");
    expect(percentChange(6, 11)).toBe("-45.5%");
  });
  it("is n/a when the previous count is zero", () => {
    expect(percentChange(3, 0)).toBe("n/a");
    expect(percentChange(0, 0)).toBe("n/a");
  });
  it("keeps one decimal, rounds half away from zero and never prints -0.0%", () => {
    expect(percentChange(21, 20)).toBe("5.0%");
    expect(percentChange(0, 5)).toBe("-100.0%");
    expect(percentChange(17, 16)).toBe("6.3%"); // 6.25
    expect(percentChange(15, 16)).toBe("-6.3%"); // -6.25
    expect(percentChange(99999, 100000)).toBe("0.0%");
  });
});

describe("percentage", () => {
  it("has two decimals and is n/a over zero", () => {
    expect(percentage(9, 80)).toBe("11.25%");
    expect(percentage(1, 3)).toBe("33.33%");
    expect(percentage(0, 0)).toBe("n/a");
  });
});

describe("suppressSmall", () => {
  it("withholds 1-4 only", () => {
    expect([0, 1, 4, 5, 12].map(suppressSmall)).toEqual([0, "*", "*", 5, 12]);
  });
});

describe("months and quarters", () => {
  it("lists months clipped to the range, including a leap February", () => {
    const months = monthsBetween({ from: d("2024-01-15"), to: d("2024-03-10") });
    expect(months.map((m) => m.range)).toEqual([
      { from: "2024-01-15", to: "2024-01-31" },
      { from: "2024-02-01", to: "2024-02-29" },
      { from: "2024-03-01", to: "2024-03-10" },
    ]);
    expect(months[1]!.label).toBe("Feb 2024");
  });
  it("crosses a year end", () => {
    expect(monthsBetween({ from: d("2022-11-01"), to: d("2023-01-31") }).map((m) => m.key)).toEqual([
      "2022-11",
      "2022-12",
      "2023-01",
    ]);
  });
  it("trend spans 24 months ending with the as-at month", () => {
    expect(trendRange(d("2022-09-08"))).toEqual({ from: "2020-10-01", to: "2022-09-08" });
    expect(trendRange(d("2022-12-31"))).toEqual({ from: "2021-01-01", to: "2022-12-31" });
    expect(monthsBetween(trendRange(d("2022-09-08")))).toHaveLength(24);
  });
  it("quarters run April-June first and stop at the as-at day", () => {
    expect(quartersOf(2022, d("2022-11-15")).map((q) => q.range)).toEqual([
      { from: "2022-04-01", to: "2022-06-30" },
      { from: "2022-07-01", to: "2022-09-30" },
      { from: "2022-10-01", to: "2022-11-15" },
    ]);
    expect(quartersOf(2022, d("2023-03-31"))[3]!.range).toEqual({ from: "2023-01-01", to: "2023-03-31" });
  });
});

describe("percentNumber", () => {
  it("turns a formatted percentage into a number for the CSV", () => {
    expect(percentNumber("-2.6%")).toBe(-2.6);
    expect(percentNumber("0%")).toBe(0);
    expect(percentNumber("11.25%")).toBe(11.25);
    expect(percentNumber("n/a")).toBe("n/a");
  });
});
