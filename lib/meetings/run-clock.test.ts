import { describe, expect, it } from "vitest";
import { elapsedSince } from "./run-clock";

describe("elapsedSince", () => {
  const start = new Date("2026-12-08T10:00:00Z");
  it("counts minutes, then hours and minutes, then days", () => {
    expect(elapsedSince(start, new Date("2026-12-08T10:07:59Z"))).toBe("7 min");
    expect(elapsedSince(start, new Date("2026-12-08T11:05:00Z"))).toBe("1 h 05 min");
    expect(elapsedSince(start, new Date("2026-12-10T13:00:00Z"))).toBe("2 d 3 h");
    expect(elapsedSince(start, new Date("2026-12-08T09:00:00Z"))).toBe("0 min");
  });
});
