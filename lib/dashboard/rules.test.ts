import { describe, expect, it } from "vitest";
import { asDbDate, performanceYearOf, ukDate } from "./rules";

describe("performanceYearOf", () => {
  it("starts on 1 April", () => {
    expect(performanceYearOf({ year: 2022, month: 4, day: 1 })).toEqual({
      label: "2022/23",
      start: { year: 2022, month: 4, day: 1 },
      end: { year: 2023, month: 3, day: 31 },
    });
  });

  it("puts January to March in the year that began the previous April", () => {
    expect(performanceYearOf({ year: 2023, month: 3, day: 31 }).label).toBe("2022/23");
    expect(performanceYearOf({ year: 2000, month: 1, day: 15 }).label).toBe("1999/00");
  });
});

describe("ukDate", () => {
  it("uses the UK calendar date, not UTC, during British Summer Time", () => {
    // 23:30 UTC on 31 March 2023 is 00:30 on 1 April in London.
    expect(ukDate(new Date("2023-03-31T23:30:00Z"))).toEqual({ year: 2023, month: 4, day: 1 });
  });

  it("matches UTC in winter", () => {
    expect(ukDate(new Date("2023-01-10T23:30:00Z"))).toEqual({ year: 2023, month: 1, day: 10 });
  });
});

describe("asDbDate", () => {
  it("is UTC midnight of the calendar date", () => {
    expect(asDbDate({ year: 2023, month: 4, day: 1 }).toISOString()).toBe("2023-04-01T00:00:00.000Z");
  });
});
