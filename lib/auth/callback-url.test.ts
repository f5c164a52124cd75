import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const ORIGIN = "https://guardian.force.example";

// Issue 13 item 3: "/%09/evil.example" passed the old local-path check; browsers drop the tab
// and navigate to //evil.example.
describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackPath("/offences?page=2#list", ORIGIN)).toBe("/offences?page=2#list");
    expect(safeCallbackPath("/meetings/4", ORIGIN)).toBe("/meetings/4");
    expect(safeCallbackPath(`${ORIGIN}/persons/3`, ORIGIN)).toBe("/persons/3");
  });

  it.each([
    ["/\t/evil.example"],
    ["/%09/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["/\u0000/x"],
    ["/\\evil.example"],
    ["/x\\y"],
    ["/%5Cevil.example"],
    ["\\\\evil.example"],
    ["//evil.example"],
    ["///evil.example"],
    ["https://evil.example"],
    ["https://evil.example/path"],
    ["http://guardian.force.example/x"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [" /offences"],
    ["/%2509/evil.example"],
    [""],
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe("/");
  });

  it("refuses non-strings, over-long values, and paths back into sign-in", () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBe("/");
    expect(safeCallbackPath(["/a", "/b"], ORIGIN)).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(2100)}`, ORIGIN)).toBe("/");
    expect(safeCallbackPath("/sign-in?callbackUrl=/x", ORIGIN)).toBe("/");
    expect(safeCallbackPath("/auth/session-ended", ORIGIN)).toBe("/");
    expect(safeCallbackPath("/api/auth/signout", ORIGIN)).toBe("/");
  });

  it("returns the path as parsed, so what is checked is what the browser gets", () => {
    expect(safeCallbackPath("/a/../offences", ORIGIN)).toBe("/offences");
    expect(safeCallbackPath("/a/../sign-in", ORIGIN)).toBe("/");
  });
});
