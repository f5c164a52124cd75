import { describe, expect, it } from "vitest";
import type { IsoDay } from "@/lib/dates/day";
import { canMoveStatus, investigationChangeErrors, isKnownOutcomeCode, isReviewOverdue } from "./rules";

const today: IsoDay = "2026-11-27";

describe("isReviewOverdue", () => {
  it("is overdue only when the review date is before today", () => {
    expect(isReviewOverdue(new Date("2026-11-26T00:00:00.000Z"), today)).toBe(true);
    expect(isReviewOverdue(new Date("2026-11-27T00:00:00.000Z"), today)).toBe(false);
    expect(isReviewOverdue(new Date("2026-12-01T00:00:00.000Z"), today)).toBe(false);
  });

  it("is not overdue without a review date", () => {
    expect(isReviewOverdue(null, today)).toBe(false);
  });
});

describe("canMoveStatus", () => {
  it("allows the working transitions and keeping the status", () => {
    expect(canMoveStatus("OPEN", "PENDING_SUSPECT")).toBe(true);
    expect(canMoveStatus("PENDING_SUSPECT", "CHARGED")).toBe(true);
    expect(canMoveStatus("CHARGED", "FINALISED")).toBe(true);
    expect(canMoveStatus("FINALISED", "OPEN")).toBe(true);
    expect(canMoveStatus("CHARGED", "CHARGED")).toBe(true);
  });

  it("never goes back to pending suspect once charged or finalised, nor from finalised to charged", () => {
    expect(canMoveStatus("CHARGED", "PENDING_SUSPECT")).toBe(false);
    expect(canMoveStatus("FINALISED", "PENDING_SUSPECT")).toBe(false);
    expect(canMoveStatus("FINALISED", "CHARGED")).toBe(false);
  });
});

describe("isKnownOutcomeCode", () => {
  it("accepts 0-23 only", () => {
    expect([0, 1, 23].every(isKnownOutcomeCode)).toBe(true);
    expect([24, -1, 1.5, 99].some(isKnownOutcomeCode)).toBe(false);
  });
});

describe("investigationChangeErrors", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const context = {
    currentStatus: "OPEN" as const,
    currentNextReviewOn: d("2026-11-01"),
    occurredOn: d("2026-10-01"),
    today,
  };
  const change = {
    status: "OPEN" as const,
    outcomeCode: 0,
    outcomeOn: null,
    chargedOn: null,
    nextReviewOn: d("2026-11-01"),
  };

  it("accepts an unchanged open case, even with a review date that has passed", () => {
    expect(investigationChangeErrors(change, context)).toEqual({});
  });

  it("accepts a finalised case with an outcome dated between the offence and today", () => {
    expect(
      investigationChangeErrors(
        { ...change, status: "FINALISED", outcomeCode: 18, outcomeOn: d("2026-11-27") },
        context,
      ),
    ).toEqual({});
  });

  it("refuses an outcome date in the future or before the offence", () => {
    expect(
      investigationChangeErrors({ ...change, outcomeCode: 1, outcomeOn: d("2026-11-28") }, context),
    ).toEqual({
      outcomeOn: "Outcome date must be today or in the past",
    });
    expect(
      investigationChangeErrors({ ...change, outcomeCode: 1, outcomeOn: d("2026-09-30") }, context),
    ).toEqual({
      outcomeOn: "Outcome date must be on or after the date the offence occurred",
    });
  });

  it("refuses an unknown outcome code and a finalised case without an outcome", () => {
    expect(
      investigationChangeErrors({ ...change, outcomeCode: 24, outcomeOn: d("2026-11-01") }, context)
        .outcomeCode,
    ).toBe("Select an outcome from the Home Office list");
    expect(investigationChangeErrors({ ...change, status: "FINALISED" }, context).outcomeCode).toBe(
      "Select the outcome of a finalised investigation",
    );
  });

  it("pairs outcome and outcome date, and needs a charge date to be charged", () => {
    expect(investigationChangeErrors({ ...change, outcomeCode: 1 }, context).outcomeOn).toBe(
      "Enter the date of the outcome",
    );
    expect(investigationChangeErrors({ ...change, outcomeOn: d("2026-11-01") }, context).outcomeOn).toBe(
      "Remove the outcome date, or select an outcome",
    );
    expect(investigationChangeErrors({ ...change, status: "CHARGED" }, context).chargedOn).toBe(
      "Enter the charge date",
    );
    expect(investigationChangeErrors({ ...change, chargedOn: d("2026-12-01") }, context).chargedOn).toBe(
      "Charge date must be today or in the past",
    );
  });

  it("refuses a new review date in the past and a forbidden transition", () => {
    expect(
      investigationChangeErrors({ ...change, nextReviewOn: d("2026-11-20") }, context).nextReviewOn,
    ).toBe("Next review date must be today or in the future");
    expect(
      investigationChangeErrors(
        { ...change, status: "PENDING_SUSPECT" },
        { ...context, currentStatus: "CHARGED" },
      ).status,
    ).toBe("A case that is charged cannot become pending suspect");
  });
});
