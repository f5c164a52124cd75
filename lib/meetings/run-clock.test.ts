import { describe, expect, it } from "vitest";
import { elapsedSince, meetingDayWarning } from "./run-clock";

describe("elapsedSince", () => {
  const start = new Date("2026-12-08T10:00:00Z");
  it("counts minutes, then hours and minutes, then days", () => {
    expect(elapsedSince(start, new Date("2026-12-08T10:07:59Z"))).toBe("7 min");
    expect(elapsedSince(start, new Date("2026-12-08T11:05:00Z"))).toBe("1 h 05 min");
    expect(elapsedSince(start, new Date("2026-12-10T13:00:00Z"))).toBe("2 d 3 h");
    expect(elapsedSince(start, new Date("2026-12-08T09:00:00Z"))).toBe("0 min");
  });
});

describe("meetingDayWarning", () => {
  const held = new Date("2026-12-08T10:00:00Z");
  it("is silent on the meeting's UK day and warns before or after it", () => {
    expect(meetingDayWarning(held, new Date("2026-12-08T23:30:00Z"))).toBeNull();
    expect(meetingDayWarning(held, new Date("2026-09-01T09:00:00Z"))?.kind).toBe("future");
    expect(meetingDayWarning(held, new Date("2026-12-09T09:00:00Z"))?.message).toContain("not today");
  });
});
