import { describe, expect, it } from "vitest";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import {
  actionRag,
  amberUntil,
  dueDateError,
  escalateDueBefore,
  isAwaitingReview,
  isLiveAction,
  isOpenAction,
  overdueBefore,
  partnerOwnerError,
  progressErrors,
} from "./rules";

const today = "2026-11-27";
const due = (iso: string, status: ActionStatus = "OPEN") => ({
  status,
  dueOn: new Date(`${iso}T00:00:00.000Z`),
});

describe("actionRag", () => {
  it("is red when the due date is before today", () => {
    expect(actionRag(due("2026-11-26"), today)).toBe("RED");
    expect(actionRag(due("2025-01-01", "IN_PROGRESS"), today)).toBe("RED");
  });

  it("is amber when due today or within the next 7 days", () => {
    expect(actionRag(due("2026-11-27"), today)).toBe("AMBER");
    expect(actionRag(due("2026-12-04", "IN_PROGRESS"), today)).toBe("AMBER");
  });

  it("is green when due later than 7 days from today", () => {
    expect(actionRag(due("2026-12-05"), today)).toBe("GREEN");
  });

  it("has no RAG once the action is closed, however late", () => {
    for (const status of ["COMPLETED", "NOT_POSSIBLE", "NOT_DONE"] as const) {
      expect(actionRag(due("2026-01-01", status), today)).toBeNull();
      expect(isLiveAction(status)).toBe(false);
    }
  });

  it("counts whole UK days across a month and year end", () => {
    const newYearsEve = "2026-12-31";
    expect(actionRag(due("2027-01-07"), newYearsEve)).toBe("AMBER");
    expect(actionRag(due("2027-01-08"), newYearsEve)).toBe("GREEN");
    expect(actionRag(due("2026-12-30"), newYearsEve)).toBe("RED");
  });
});

describe("query bounds", () => {
  it("matches actionRag at the edges", () => {
    expect(overdueBefore(today)).toEqual(new Date("2026-11-27T00:00:00.000Z"));
    expect(amberUntil(today)).toEqual(new Date("2026-12-04T00:00:00.000Z"));
  });
});

describe("transitions", () => {
  const note = { resultNote: "", notPossibleReason: "" };
  it("needs a result note to complete and a reason for not possible", () => {
    expect(progressErrors({ status: "OPEN" }, { status: "COMPLETED", ...note })).toEqual({
      resultNote: "Enter the result of the action",
    });
    expect(progressErrors({ status: "IN_PROGRESS" }, { status: "NOT_POSSIBLE", ...note })).toEqual({
      notPossibleReason: "Enter why the action was not possible",
    });
    expect(
      progressErrors({ status: "OPEN" }, { status: "COMPLETED", resultNote: "Seen", notPossibleReason: "" }),
    ).toEqual({});
    expect(progressErrors({ status: "OPEN" }, { status: "IN_PROGRESS", ...note })).toEqual({});
  });
  it("refuses changes to a closed action", () => {
    for (const status of ["COMPLETED", "NOT_POSSIBLE", "NOT_DONE"] as const)
      expect(progressErrors({ status }, { status: "IN_PROGRESS", ...note })).toHaveProperty("status");
  });
  it("treats an unreviewed 'not possible' as still open", () => {
    expect(isAwaitingReview({ status: "NOT_POSSIBLE", closedAt: null })).toBe(true);
    expect(isAwaitingReview({ status: "NOT_POSSIBLE", closedAt: new Date() })).toBe(false);
    expect(isOpenAction({ status: "NOT_POSSIBLE", closedAt: null })).toBe(true);
    expect(isOpenAction({ status: "IN_PROGRESS", closedAt: null })).toBe(true);
    expect(isOpenAction({ status: "NOT_DONE", closedAt: new Date() })).toBe(false);
  });
});

describe("due dates and escalation", () => {
  it("refuses a due date in the past, allows today", () => {
    expect(dueDateError(new Date("2026-11-26T00:00:00Z"), today)).toMatch(/today or in the future/);
    expect(dueDateError(new Date("2026-11-27T00:00:00Z"), today)).toBeNull();
  });
  it("escalates actions due before today minus N days (more than N days overdue)", () => {
    expect(escalateDueBefore(today, 14).toISOString().slice(0, 10)).toBe("2026-11-13");
  });
});

describe("partnerOwnerError", () => {
  it("allows a partner only for their referred person or an action with no linked case", () => {
    expect(
      partnerOwnerError({ offenceId: null, personId: null, personReferredToProvider: false }),
    ).toBeNull();
    expect(partnerOwnerError({ offenceId: 3, personId: 4, personReferredToProvider: true })).toBeNull();
    expect(partnerOwnerError({ offenceId: null, personId: 4, personReferredToProvider: false })).toMatch(
      /referred/,
    );
    expect(partnerOwnerError({ offenceId: 3, personId: null, personReferredToProvider: false })).toMatch(
      /no linked case/,
    );
  });
});
