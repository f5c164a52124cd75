import { describe, expect, it } from "vitest";
import { requestPathFrom } from "@/lib/auth/request-path";

describe("requestPathFrom", () => {
  it("keeps a plain absolute path", () => {
    expect(requestPathFrom("/persons/12")).toBe("/persons/12");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["relative", "persons/12"],
    ["protocol-relative", "//evil.example/x"],
    ["with a query", "/persons?name=Smith"],
    ["with a NUL byte", "/persons/\u0000"],
    ["with a newline", "/persons/1\nforged"],
    ["too long", `/${"a".repeat(1_000)}`],
  ])("refuses a value that is %s", (_, value) => {
    expect(requestPathFrom(value)).toBeUndefined();
  });
});
