import { describe, expect, it } from "vitest";
import { periodLabel, periodNumbered, periodOf, periodStartingOn, recentPeriods } from "./periods";
import { comparePeriod, parseHotspotCodes } from "./evaluation";

describe("tactical periods", () => {
  it("are 28 days from Monday 4 April 2022, numbered from 1", () => {
    expect(periodOf("2022-04-04")).toEqual({ number: 1, start: "2022-04-04", end: "2022-05-01" });
    expect(periodOf("2022-05-01")!.number).toBe(1);
    expect(periodOf("2022-05-02")!.number).toBe(2);
    expect(periodOf("2022-04-03")).toBeNull();
    expect(periodOf("2026-10-11")).toEqual(periodNumbered(59));
    expect(periodLabel(periodNumbered(59))).toBe("P59 (14 Sept 2026 – 11 Oct 2026)");
  });

  it("start only on their first day, and a real day", () => {
    expect(periodStartingOn("2026-09-14")?.number).toBe(59);
    expect(periodStartingOn("2026-09-15")).toBeNull();
    expect(periodStartingOn("2026-02-30")).toBeNull();
    expect(periodStartingOn("x")).toBeNull();
  });

  it("lists the recent ones newest first", () => {
    expect(recentPeriods("2026-10-11", 3).map((p) => p.number)).toEqual([59, 58, 57]);
    expect(recentPeriods("2022-04-10", 3).map((p) => p.number)).toEqual([1]);
  });
});

describe("treatment against control", () => {
  const row = (arm: "TREATMENT" | "CONTROL" | null, syv: number, knife: number, minutes: number) => ({
    hotspotId: 0,
    code: "",
    name: "",
    arm,
    patrols: 0,
    syv,
    knife,
    minutes,
  });
  it("takes each arm's mean per hotspot and the difference from the unrounded means", () => {
    const c = comparePeriod([
      row("TREATMENT", 1, 0, 10),
      row("TREATMENT", 0, 0, 20),
      row("TREATMENT", 0, 1, 0),
      row("CONTROL", 1, 1, 0),
      row(null, 9, 9, 9),
    ]);
    expect(c.treatment).toEqual({ hotspots: 3, meanSyv: 0.33, meanKnife: 0.33, meanMinutes: 10 });
    expect(c.control).toEqual({ hotspots: 1, meanSyv: 1, meanKnife: 1, meanMinutes: 0 });
    expect(c.difference).toEqual({ syv: -0.67, knife: -0.67, minutes: 10 });
  });
  it("has no difference when an arm is empty", () => {
    expect(comparePeriod([row("TREATMENT", 1, 0, 10)]).difference).toBeNull();
  });
  it("reads pasted hotspot codes", () => {
    expect(parseHotspotCodes(" hs01, HS02;HS03\nHS01 ")).toEqual(["HS01", "HS02", "HS03"]);
  });
});
