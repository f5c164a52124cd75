import { describe, expect, it } from "vitest";
import { conflictFieldErrors, conflictSummary, type ComparableInvestigation } from "./conflict";

const saved: ComparableInvestigation = {
  status: "CHARGED",
  outcomeCode: 0,
  outcomeOn: null,
  chargedOn: new Date("2026-11-20T00:00:00.000Z"),
  nextReviewOn: new Date("2026-12-04T00:00:00.000Z"),
  knifeRecovered: true,
  flagged: false,
  scrutinyReason: null,
};

describe("conflictFieldErrors", () => {
  it("lists only the fields where the editor's value differs, with both values", () => {
    const mine = {
      ...saved,
      status: "OPEN" as const,
      chargedOn: null,
      nextReviewOn: new Date("2026-12-10T00:00:00.000Z"),
    };
    const errors = conflictFieldErrors(mine, saved);
    expect(Object.keys(errors)).toEqual(["status", "chargedOn", "nextReviewOn"]);
    expect(errors.status?.[0]).toBe("Status was changed: you entered “Open”, the saved value is “Charged”");
    expect(errors.chargedOn?.[0]).toContain("you entered “none”, the saved value is “20 Nov 2026”");
  });

  it("ignores a leftover reason when neither side is flagged", () => {
    expect(conflictFieldErrors({ ...saved, scrutinyReason: "" }, saved)).toEqual({});
  });

  it("formats outcome codes with their description", () => {
    expect(conflictFieldErrors({ ...saved, outcomeCode: 1 }, saved).outcomeCode?.[0]).toContain(
      "“1 – Charged/summonsed”",
    );
  });
});

describe("conflictSummary", () => {
  it("says who saved and when, and that the typed values are kept", () => {
    const text = conflictSummary({ label: "DC Test (Investigator)", at: "27 Nov 2026 at 9am" }, 2);
    expect(text).toContain("DC Test (Investigator) saved this investigation at 27 Nov 2026 at 9am");
    expect(text).toContain("2 fields differ");
    expect(text).toContain("still in the form");
  });
});
