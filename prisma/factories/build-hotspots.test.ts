import { describe, expect, it } from "vitest";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { buildHotspots } from "@/prisma/factories/build-hotspots";

describe("buildHotspots", () => {
  it("still produces exactly the fixed hotspot table the app reads", () => {
    expect(buildHotspots()).toEqual(HOTSPOTS);
  });
});
