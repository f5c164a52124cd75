import { describe, expect, it } from "vitest";
import { HIDDEN_VALUE, summariseChanges, valuesVisible } from "./change-summary";

const changes = {
  fields: { role: { from: "ANALYST", to: "PARTNER" }, jobTitle: { from: null, to: "x".repeat(300) } },
  detail: { by: "administrator" },
};

describe("summariseChanges", () => {
  it("lists each changed field with its before and after, clipped", () => {
    const summary = summariseChanges(changes, { showValues: true });
    expect(summary.fields[0]).toEqual({ field: "role", from: "ANALYST", to: "PARTNER" });
    expect(summary.fields[1]?.from).toBe("(none)");
    expect(summary.fields[1]?.to).toHaveLength(200);
    expect(summary.detail).toEqual([{ key: "by", value: "administrator" }]);
  });

  it("hides values, not field names, when they may be case data", () => {
    const summary = summariseChanges(changes, { showValues: false });
    expect(summary.fields.map((f) => f.field)).toEqual(["role", "jobTitle"]);
    expect(JSON.stringify(summary)).not.toContain("ANALYST");
    expect(summary.detail).toEqual([{ key: "by", value: HIDDEN_VALUE }]);
  });

  it("copes with rows that have no changes or odd shapes", () => {
    expect(summariseChanges(null, { showValues: true })).toEqual({
      fields: [],
      detail: [],
      valuesHidden: false,
    });
    expect(summariseChanges({ detail: "text" }, { showValues: true }).detail).toEqual([
      { key: "detail", value: "text" },
    ]);
  });
});

describe("valuesVisible", () => {
  it("shows account and sign-in rows to an administrator, case rows only to case readers", () => {
    expect(valuesVisible("user", false)).toBe(true);
    expect(valuesVisible("", false)).toBe(true);
    expect(valuesVisible("person", false)).toBe(false);
    expect(valuesVisible("person", true)).toBe(true);
  });
});
