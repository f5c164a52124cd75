import { describe, expect, it } from "vitest";
import { OUTCOME_GROUPS } from "@/lib/reference/outcome-groups";

describe("OUTCOME_GROUPS", () => {
  it("covers outcome types 1-23 exactly once and leaves 0 (not yet assigned) out", () => {
    const codes = OUTCOME_GROUPS.flatMap((g) => g.codes).sort((a, b) => a - b);
    expect(codes).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(OUTCOME_GROUPS.find((g) => g.slug === "charge")!.codes).toEqual([1, 4]);
  });
});
