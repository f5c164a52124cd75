import { describe, expect, it } from "vitest";
import { boundNodes, nodeKey, parseNetworkRoot } from "@/lib/links/rules";

describe("parseNetworkRoot", () => {
  it("reads person, offence and group roots", () => {
    expect(parseNetworkRoot("person:12")).toEqual({ type: "person", id: 12 });
    expect(parseNetworkRoot("offence:3")).toEqual({ type: "offence", id: 3 });
    expect(parseNetworkRoot("group:7")).toEqual({ type: "group", id: 7 });
  });
  it("refuses intelligence roots, junk, zero, arrays and ids past int4", () => {
    for (const v of [
      "intelligence:1",
      "person:0",
      "person:-1",
      "person:1x",
      "group",
      "",
      "person:99999999999",
      "person:2147483648",
    ]) {
      expect(parseNetworkRoot(v)).toBeNull();
    }
    expect(parseNetworkRoot(["person:1"])).toBeNull();
    expect(parseNetworkRoot(undefined)).toBeNull();
  });
});

describe("boundNodes", () => {
  it("keeps the nearest nodes first and counts the rest", () => {
    const nodes = [
      { type: "offence" as const, id: 9, distance: 2 },
      { type: "person" as const, id: 1, distance: 0 },
      { type: "intelligence" as const, id: 4, distance: 1 },
      { type: "person" as const, id: 5, distance: 1 },
      { type: "person" as const, id: 2, distance: 2 },
    ];
    const { kept, omitted } = boundNodes(nodes, 3);
    expect(kept.map((n) => nodeKey(n.type, n.id))).toEqual(["person:1", "person:5", "intelligence:4"]);
    expect(omitted).toBe(2);
  });
  it("omits nothing under the cap", () => {
    expect(boundNodes([{ type: "group" as const, id: 1, distance: 0 }]).omitted).toBe(0);
  });
});
