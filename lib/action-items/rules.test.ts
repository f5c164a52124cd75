import { describe, expect, it } from "vitest";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { actionRag, amberUntil, isLiveAction, overdueBefore } from "./rules";

const today = { year: 2026, month: 11, day: 27 };
const due = (iso: string, status: ActionStatus = "OPEN") => ({ status, dueOn: new Date(`${iso}T00:00:00.000Z`) });

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
    const newYearsEve = { year: 2026, month: 12, day: 31 };
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
