import { describe, expect, it } from "vitest";
import { badInputErrors, hasBadCharacters, outOfRangeNumberErrors } from "@/lib/actions/bad-bytes";

describe("bad bytes", () => {
  it("finds NUL and lone surrogates, not proper pairs", () => {
    expect(hasBadCharacters("a\u0000b")).toBe(true);
    expect(hasBadCharacters("a\uD800b")).toBe(true);
    expect(hasBadCharacters("a\uDC00")).toBe(true);
    expect(hasBadCharacters("emoji 😀 and café")).toBe(false);
  });

  it("names the field, also inside arrays and nested objects", () => {
    expect(badInputErrors({ title: "x\u0000", parts: { day: "\uD83D" }, list: ["ok", "\u0000"] })).toEqual({
      title: [expect.any(String)],
      "parts.day": [expect.any(String)],
      "list.1": [expect.any(String)],
    });
    expect(badInputErrors({ title: "Fine", n: 3 })).toBeNull();
  });

  it("refuses ids beyond the Int column, as numbers or digit strings, but not long digit text", () => {
    expect(badInputErrors({ id: 2 ** 31 })).toHaveProperty("id");
    expect(badInputErrors({ chairId: "2147483648" })).toHaveProperty("chairId");
    expect(badInputErrors({ attendeeIds: ["1", "99999999999999999999"] })).toHaveProperty(["attendeeIds.1"]);
    expect(badInputErrors({ phone: "07700900123", id: "2147483647", npuId: "" })).toBeNull();
    expect(outOfRangeNumberErrors({ version: 2 ** 31 })).toHaveProperty("version");
    expect(outOfRangeNumberErrors({ version: 2, lat: 52.4 })).toBeNull();
  });
});
