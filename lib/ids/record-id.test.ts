import { describe, expect, it } from "vitest";
import { parseRecordId, recordIdSchema } from "@/lib/ids/record-id";

describe("parseRecordId", () => {
  it("accepts only positive int4 ids written as plain digits", () => {
    expect(parseRecordId("42")).toBe(42);
    expect(parseRecordId(12)).toBe(12);
    expect(parseRecordId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["042", "0", "-1", "2147483648", "9999999999", "1e3", "0x10", " 12", "", null])
      expect(parseRecordId(bad)).toBeNull();
  });
});

describe("recordIdSchema", () => {
  it("coerces posted values and refuses what an integer column cannot hold", () => {
    expect(recordIdSchema.parse("7")).toBe(7);
    expect(recordIdSchema.safeParse("0").success).toBe(false);
    expect(recordIdSchema.safeParse("2147483648").success).toBe(false);
    expect(recordIdSchema.safeParse("1.5").success).toBe(false);
  });
});
