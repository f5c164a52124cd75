import { describe, expect, it } from "vitest";
import { offenceFactRows } from "@/lib/offences/offence-facts";
import type { OffenceSummary } from "@/lib/offences/types";
import { offenceSummary } from "@/lib/testing/offence-summary";

const hotspotOf = (s: Partial<OffenceSummary>) => new Map(offenceFactRows(offenceSummary(s))).get("Hotspot");

describe("offenceFactRows: the hotspot (issue 17)", () => {
  it("says unplaced without a point, outside every hotspot with one, else the hotspot", () => {
    expect(hotspotOf({})).toBe("Unplaced (no location)");
    expect(hotspotOf({ located: true })).toBe("Not in a hotspot");
    expect(hotspotOf({ located: true, hotspotName: "Digbeth" })).toBe("Digbeth");
  });
  it("flags a recorded hotspot code that disagrees with the point", () => {
    expect(hotspotOf({ recordedHotspotCode: "HS01" })).toBe(
      "Unplaced (no location) (flagged: recorded as HS01 in the records system)",
    );
  });
});
