import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  ageOn,
  dayNumber,
  isoAt,
  isoDay,
  performanceYearLabel,
  performanceYearStart,
} from "@/prisma/factories/dates";

describe("calendar arithmetic", () => {
  it("round-trips day numbers and agrees with Date for a century", () => {
    for (let d = -20_000; d < 30_000; d += 37) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      expect(isoDay(d)).toBe(iso);
      expect(dayNumber(iso)).toBe(d);
    }
  });

  it("adds days and months, clamping to the month's end", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2026-11-27", -12)).toBe("2025-11-27");
  });

  it("formats timestamps, carrying minutes over into hours and days", () => {
    expect(isoAt("2026-11-27", 9, 5)).toBe("2026-11-27T09:05:00.000Z");
    expect(isoAt("2026-11-27", 10, 75)).toBe("2026-11-27T11:15:00.000Z");
    expect(isoAt("2026-11-27", 25)).toBe("2026-11-28T01:00:00.000Z");
  });

  it("counts age in whole years, turning over on the birthday", () => {
    expect(ageOn("2008-11-28", "2026-11-27")).toBe(17);
    expect(ageOn("2008-11-27", "2026-11-27")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
  });

  it("puts dates in performance years running 1 April to 31 March", () => {
    expect(performanceYearStart("2026-11-27")).toBe("2026-04-01");
    expect(performanceYearStart("2026-03-31")).toBe("2025-04-01");
    expect(performanceYearLabel("2023-01-15")).toBe("2022/23");
    expect(performanceYearLabel("2026-04-01")).toBe("2026/27");
  });
});
