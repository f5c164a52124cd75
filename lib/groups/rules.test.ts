import { describe, expect, it } from "vitest";
import { endDateError, isActiveMembership, planLineConflictErrors } from "@/lib/groups/rules";
import { dbDateOf as d } from "@/lib/dates/day";

describe("isActiveMembership", () => {
  it("counts from the start day to the end day inclusive", () => {
    const m = { startOn: d("2026-01-10"), endOn: d("2026-02-10") };
    expect(isActiveMembership(m, d("2026-01-09"))).toBe(false);
    expect(isActiveMembership(m, d("2026-01-10"))).toBe(true);
    expect(isActiveMembership(m, d("2026-02-10"))).toBe(true);
    expect(isActiveMembership(m, d("2026-02-11"))).toBe(false);
  });
  it("has no end while endOn is null", () => {
    expect(isActiveMembership({ startOn: d("2020-01-01"), endOn: null }, d("2030-01-01"))).toBe(true);
  });
});

describe("endDateError", () => {
  it("refuses an end before the start, allows the same day", () => {
    expect(endDateError(d("2026-03-02"), d("2026-03-01"))).toMatch(/on or after/);
    expect(endDateError(d("2026-03-02"), d("2026-03-02"))).toBeNull();
  });
});

describe("planLineConflictErrors", () => {
  const saved = {
    strand: "PURSUE",
    description: "Warrants",
    ownerId: 2,
    status: "IN_PROGRESS",
    dueOn: d("2026-12-01"),
  };
  const describe_ = (_f: string, v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  it("names only the fields that differ, with both values, and who saved", () => {
    const errors = planLineConflictErrors(
      { ...saved, status: "COMPLETED", dueOn: d("2026-12-01") },
      saved,
      describe_,
      { label: "Ann (Analyst)", at: "1 Dec 2026 at 10am" },
    );
    expect(Object.keys(errors)).toEqual(["_form", "status"]);
    expect(errors.status![0]).toBe(
      "Status was changed: you entered “COMPLETED”, the saved value is “IN_PROGRESS”",
    );
    expect(errors._form![0]).toMatch(
      /^Ann \(Analyst\) saved this plan line at 1 Dec 2026 at 10am.*1 field differs/,
    );
  });
  it("says the values match when only the version moved", () => {
    expect(planLineConflictErrors(saved, { ...saved }, describe_, null)._form![0]).toMatch(
      /Someone else.*match theirs/,
    );
  });
});
