import { describe, expect, it } from "vitest";
import {
  performanceYearContaining,
  performanceYearLabel,
  performanceYearOf,
  performanceYearOfDbDate,
  performanceYearRange,
  performanceYearsUpTo,
} from "@/lib/dates/performance-year";

describe("performanceYearOf", () => {
  // Years start on 1 April: January to March are in the year that began the previous April.
  it.each([
    ["2022-04-01", { label: "2022/23", start: "2022-04-01", end: "2023-03-31" }],
    ["2023-03-31", { label: "2022/23", start: "2022-04-01", end: "2023-03-31" }],
    ["2000-01-15", { label: "1999/00", start: "1999-04-01", end: "2000-03-31" }],
  ] as const)("puts %s in %o", (day, year) => {
    expect(performanceYearOf(day)).toEqual(year);
  });

  it("gives the starting year of a day and of a @db.Date value", () => {
    expect(performanceYearContaining("2023-04-01")).toBe(2023);
    expect(performanceYearOfDbDate(new Date("2023-03-31T00:00:00Z"))).toBe(2022);
    expect(performanceYearOfDbDate(new Date("2023-04-01T00:00:00Z"))).toBe(2023);
  });
});

describe("performance years", () => {
  it("run 1 April to 31 March", () => {
    expect(performanceYearRange(2022)).toEqual({ from: "2022-04-01", to: "2023-03-31" });
    expect(performanceYearLabel(2022)).toBe("2022/23");
    expect(performanceYearLabel(2099)).toBe("2099/00");
  });

  it("offers the years up to the one containing today", () => {
    expect(performanceYearsUpTo("2026-03-31", 2023)).toEqual([2025, 2024, 2023]);
    expect(performanceYearsUpTo("2026-04-01", 2024)).toEqual([2026, 2025, 2024]);
  });
});
