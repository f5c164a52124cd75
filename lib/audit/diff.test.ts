import { describe, expect, it } from "vitest";
import { diffFields, REDACTED, toJsonValue } from "./diff";

describe("diffFields", () => {
  it("lists only the fields that changed, with both values", () => {
    const before = { id: 1, summary: "old", knifeUsed: false, npuId: 3 };
    const after = { id: 1, summary: "new", knifeUsed: true, npuId: 3 };
    expect(diffFields(before, after)).toEqual({
      knifeUsed: { from: false, to: true },
      summary: { from: "old", to: "new" },
    });
  });

  it("ignores bookkeeping columns and any extra ignored field", () => {
    const before = { version: 1, updatedAt: new Date("2024-01-01"), createdAt: new Date(0), a: 1, b: 1 };
    const after = { version: 2, updatedAt: new Date("2024-02-01"), createdAt: new Date(0), a: 1, b: 2 };
    expect(diffFields(before, after, { ignore: ["b"] })).toEqual({});
    expect(diffFields(before, after)).toEqual({ b: { from: 1, to: 2 } });
  });

  it("treats a missing field as null, so collection and erasure are diffs from and to nothing", () => {
    expect(diffFields({}, { name: "A", note: null })).toEqual({ name: { from: null, to: "A" } });
    expect(diffFields({ name: "A" }, null)).toEqual({ name: { from: "A", to: null } });
  });

  it("compares dates, bigints and nested values by value", () => {
    const d = "2024-03-01T00:00:00.000Z";
    expect(
      diffFields({ on: new Date(d), n: 5n, tags: ["a", "b"] }, { on: new Date(d), n: 5n, tags: ["a", "b"] }),
    ).toEqual({});
    expect(diffFields({ on: new Date(d) }, { on: new Date("2024-03-02T00:00:00.000Z") })).toEqual({
      on: { from: d, to: "2024-03-02T00:00:00.000Z" },
    });
    expect(diffFields({ meta: { b: 1, a: 2 } }, { meta: { a: 2, b: 1 } })).toEqual({});
    expect(diffFields({ n: 1n }, { n: 2n })).toEqual({ n: { from: "1", to: "2" } });
  });

  it("never writes credentials, only that they changed", () => {
    expect(diffFields({ passwordHash: "$argon2id$a" }, { passwordHash: "$argon2id$b" })).toEqual({
      passwordHash: { from: REDACTED, to: REDACTED },
    });
    expect(diffFields({}, { passwordHash: "$argon2id$b" })).toEqual({
      passwordHash: { from: null, to: REDACTED },
    });
  });

  it("returns keys in sorted order", () => {
    expect(Object.keys(diffFields({}, { z: 1, a: 1, m: 1 }))).toEqual(["a", "m", "z"]);
  });
});

describe("toJsonValue", () => {
  it("makes values JSON-safe", () => {
    expect(toJsonValue(undefined)).toBeNull();
    expect(toJsonValue(Number.NaN)).toBe("NaN");
    expect(toJsonValue({ toJSON: () => "12.50" })).toBe("12.50");
    expect(toJsonValue(new Uint8Array([1]))).toBe("[binary]");
    expect(toJsonValue(new Date("invalid"))).toBeNull();
  });
});
