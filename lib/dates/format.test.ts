import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatInstantDate, formatTime } from "./format";

describe("formatDate", () => {
  it("formats a @db.Date value by its UTC parts, as '27 Nov 2026'", () => {
    expect(formatDate(new Date("2026-11-27T00:00:00.000Z"))).toBe("27 Nov 2026");
    expect(formatDate(new Date("2026-01-01T00:00:00.000Z"))).toBe("1 Jan 2026");
  });

  it("spells every month the same way whatever the server's ICU data", () => {
    const months = Array.from(
      { length: 12 },
      (_, m) => formatDate(new Date(Date.UTC(2026, m, 5))).split(" ")[1],
    );
    expect(months.join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec");
  });
});

describe("instants", () => {
  it("uses the UK date, not UTC, in British Summer Time", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatInstantDate(new Date("2026-06-30T23:30:00Z"))).toBe("1 Jul 2026");
    expect(formatTime(new Date("2026-06-30T23:30:00Z"))).toBe("12:30am");
  });

  it("formats times GOV.UK style", () => {
    expect(formatTime(new Date("2026-12-08T10:00:00Z"))).toBe("10am");
    expect(formatTime(new Date("2026-12-08T14:30:00Z"))).toBe("2:30pm");
    expect(formatTime(new Date("2026-12-08T12:00:00Z"))).toBe("12pm");
    expect(formatTime(new Date("2026-12-08T00:05:00Z"))).toBe("12:05am");
  });

  it("joins date and time", () => {
    expect(formatDateTime(new Date("2026-12-08T10:00:00Z"))).toBe("8 Dec 2026 at 10am");
  });
});
