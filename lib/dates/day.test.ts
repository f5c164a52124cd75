import { afterEach, describe, expect, it, vi } from "vitest";
import {
  dayFromParts,
  dbDateOf,
  dayOfDbDate,
  formatDay,
  isRealDay,
  parseDay,
  partsOfDay,
  addDays,
  dbDateInUk,
  parseDateInput,
  todayInUk,
  ukStartOfDay,
  ukTimeOf,
  type IsoDay,
} from "@/lib/dates/day";
import { dayPartsField, dayText } from "@/lib/dates/day-schema";

const NOW = new Date("2026-12-07T02:00:00Z");

describe("isRealDay", () => {
  it("knows month lengths and leap years", () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2000, 2, 29)).toBe(true);
    expect(isRealDay(1900, 2, 29)).toBe(false);
    expect(isRealDay(2026, 4, 31)).toBe(false);
    expect(isRealDay(2026, 13, 1)).toBe(false);
    expect(isRealDay(2026, 0, 1)).toBe(false);
    expect(isRealDay(2026, 1, 0)).toBe(false);
  });
});

describe("parseDay", () => {
  it.each([
    ["2022-08-31", "2022-08-31"],
    ["31/08/2022", "2022-08-31"],
    ["31/08/22", "2022-08-31"],
    ["31/8/2022", "2022-08-31"],
    ["31-08-2022", "2022-08-31"],
    ["31.8.2022", "2022-08-31"],
    ["31 Aug 2022", "2022-08-31"],
    ["31 August 2022", "2022-08-31"],
    ["31st August 22", "2022-08-31"],
    ["1 Sept 2022", "2022-09-01"],
    ["  7 mar 2026 ", "2026-03-07"],
    ["15/6/85", "1985-06-15"],
  ])("understands %s", (text, day) => {
    expect(parseDay(text, NOW)).toBe(day);
  });

  it.each([
    "2023-02-30",
    "2026-13-01",
    "2026-00-10",
    "30/02/2023",
    "31 Sept 2022",
    "32 Aug 2022",
    "31 Augx 2022",
    "yesterday",
    "",
    "2022-08-31T00:00",
    "1e3/1/2022",
  ])("refuses %s rather than rolling it over", (text) => {
    expect(parseDay(text, NOW)).toBeNull();
  });
});

describe("dayFromParts", () => {
  it("reads the three boxes, with a month name allowed", () => {
    expect(dayFromParts({ day: "31", month: "8", year: "2022" }).day).toBe("2022-08-31");
    expect(dayFromParts({ day: "31", month: "Aug", year: "2022" }).day).toBe("2022-08-31");
  });
  it("says which boxes are missing, and refuses days that do not exist", () => {
    expect(dayFromParts({ day: "", month: "", year: "" }).problem).toBe("empty");
    expect(dayFromParts({ day: "3", month: "", year: "2022" })).toMatchObject({
      problem: "incomplete",
      missing: ["month"],
    });
    expect(dayFromParts({ day: "30", month: "2", year: "2023" }).problem).toBe("invalid");
    expect(dayFromParts({ day: "1", month: "13", year: "2026" }).problem).toBe("invalid");
    expect(dayFromParts({ day: "1", month: "1", year: "26" }).problem).toBe("invalid");
  });
  it("round-trips with partsOfDay", () => {
    expect(partsOfDay("2026-03-07")).toEqual({ day: "7", month: "3", year: "2026" });
    expect(partsOfDay(null)).toEqual({ day: "", month: "", year: "" });
  });
});

describe("today in the UK and @db.Date values", () => {
  it("uses the UK calendar date, not UTC's", () => {
    expect(todayInUk(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayInUk(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
  it("gives today's @db.Date value by the UK calendar", () => {
    // 23:30 UTC on 31 March 2023 is 00:30 on 1 April in London.
    expect(dbDateInUk(new Date("2023-03-31T23:30:00Z")).toISOString()).toBe("2023-04-01T00:00:00.000Z");
    expect(dbDateInUk(new Date("2023-01-10T23:30:00Z")).toISOString()).toBe("2023-01-10T00:00:00.000Z");
  });
  it("adds days across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("converts to and from UTC midnight", () => {
    expect(dbDateOf("2026-03-07").toISOString()).toBe("2026-03-07T00:00:00.000Z");
    expect(dayOfDbDate(new Date("2026-03-07T00:00:00Z"))).toBe("2026-03-07");
  });
  it("formats as UK users read it", () => {
    expect(formatDay("2022-09-01")).toBe("1 Sept 2022");
    expect(formatDay("2022-08-31", "long")).toBe("31 August 2022");
  });
});

describe("date schemas", () => {
  const messages = {
    required: "Enter the date",
    invalid: "Date must be a real date",
    incomplete: "Date must include a day, month and year",
  };
  it("refuses 2023-02-30 and 2026-13-01 instead of rolling them over", () => {
    for (const text of ["2023-02-30", "2026-13-01"]) {
      const result = dayText(messages).safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Date must be a real date");
    }
  });
  it("accepts real days and names what is missing", () => {
    expect(dayText(messages).parse("2024-02-29")).toBe("2024-02-29");
    expect(dayText(messages).safeParse("2024--29").error?.issues[0]?.message).toBe(
      "Date must include a day, month and year",
    );
    expect(dayText(messages).safeParse("").error?.issues[0]?.message).toBe("Enter the date");
    expect(dayText(messages, { optional: true }).parse("")).toBeNull();
    expect(dayText(messages, { minYear: 2000 }).safeParse("1999-12-31").success).toBe(false);
  });
  it("parses the three boxes with GOV.UK's messages", () => {
    const field = dayPartsField("date received");
    expect(field.parse({ day: "31", month: "8", year: "2022" })).toBe("2022-08-31");
    expect(field.safeParse({ day: "30", month: "2", year: "2023" }).error?.issues[0]?.message).toBe(
      "Date received must be a real date",
    );
    expect(field.safeParse({ day: "30", month: "", year: "" }).error?.issues[0]?.message).toBe(
      "Date received must include a month and year",
    );
    expect(field.safeParse({ day: "", month: "", year: "" }).error?.issues[0]?.message).toBe(
      "Enter the date received",
    );
  });
});

describe("ukStartOfDay", () => {
  it("is midnight UK time, in winter and in summer", () => {
    expect(ukStartOfDay("2026-01-10").toISOString()).toBe("2026-01-10T00:00:00.000Z");
    expect(ukStartOfDay("2026-07-10").toISOString()).toBe("2026-07-09T23:00:00.000Z");
  });
});

describe("parseDateInput", () => {
  it.each([
    // UK and ISO dates
    ["27/3/2026", "2026-03-27"],
    ["01-04-2022", "2022-04-01"],
    ["2023-03-31", "2023-03-31"],
    // dates that do not exist, text, and days before the data's span
    ["31/2/2026", null],
    ["2026-13-01", null],
    ["yesterday", null],
    ["1/1/1899", null],
  ])("reads %j as %j", (typed, day) => {
    expect(parseDateInput(typed)).toBe(day);
  });
});

describe("the UK clocks", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are made once, not per call (issue 15: making one per call was the app's largest own CPU cost per page)", () => {
    const made = vi.spyOn(Intl, "DateTimeFormat");
    const instant = new Date("2026-07-01T23:30:00Z");
    for (let i = 0; i < 3; i++) {
      expect(todayInUk(instant)).toBe("2026-07-02");
      expect(ukTimeOf(instant)).toBe("00:30");
      expect(ukStartOfDay("2026-07-02" as IsoDay).toISOString()).toBe("2026-07-01T23:00:00.000Z");
    }
    expect(made).not.toHaveBeenCalled();
  });
});
