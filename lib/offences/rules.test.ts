import { describe, expect, it } from "vitest";
import { intersectRange } from "@/lib/offences/rules";

describe("intersectRange", () => {
  it("keeps the narrower bound on each side", () => {
    expect(intersectRange({ from: "2022-05-01" }, { from: "2022-04-01", to: "2023-03-31" })).toEqual({
      from: "2022-05-01",
      to: "2023-03-31",
    });
    expect(intersectRange({}, {})).toEqual({});
  });
});
