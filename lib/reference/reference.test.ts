import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/reference/demo-accounts";
import { HOTSPOTS, HOTSPOT_AREA_SHARE } from "@/lib/reference/hotspots";
import { FORCE_AREA_KM2, NPUS } from "@/lib/reference/npus";
import { OFFENCE_CODES, offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { OUTCOME_TYPES, POSITIVE_OUTCOME_CODES, isPositiveOutcome } from "@/lib/reference/outcome-types";
import { PROVIDERS } from "@/lib/reference/providers";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";

describe("reference data", () => {
  it("has the scrutiny categories and their offence codes (docs/domain.md)", () => {
    expect(SCRUTINY_CATEGORIES.map((c) => c.name)).toEqual([
      "Robbery",
      "Violence with Injury",
      "Attempt Murder",
      "Homicide",
    ]);
    expect(offenceCodesInCategory("ROBBERY")).toEqual(["34A", "34B"]);
    expect(offenceCodesInCategory("VWI")).toEqual(["5D", "8N"]);
    expect(offenceCodesInCategory("ATTEMPT_MURDER")).toEqual(["2"]);
    expect(offenceCodesInCategory("HOMICIDE")).toEqual(["1"]);
  });

  it("lists every in-scope offence code once, with possession never knife-enabled", () => {
    const codes = OFFENCE_CODES.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of [
      "1",
      "2",
      "3B",
      "5D",
      "8N",
      "34A",
      "34B",
      "19C",
      "19H",
      "17A",
      "17B",
      "20A",
      "20B",
      "10D",
    ])
      expect(codes).toContain(c);
    expect(OFFENCE_CODES.filter((o) => !o.knifeEnabledEligible).map((o) => o.code)).toEqual(["10D"]);
    for (const o of OFFENCE_CODES) expect(o.description.length).toBeGreaterThan(5);
  });

  it("has outcome types 0-23 with the positive set from docs/domain.md", () => {
    expect(OUTCOME_TYPES.map((o) => o.code)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(OUTCOME_TYPES.filter((o) => o.positive).map((o) => o.code)).toEqual([...POSITIVE_OUTCOME_CODES]);
    expect(POSITIVE_OUTCOME_CODES).toEqual([1, 2, 3, 4, 6, 7, 8, 22, 23]);
    expect(OUTCOME_TYPES[0]!.outcomeGroup).toBe("Not yet assigned");
    expect(isPositiveOutcome(0)).toBe(false);
    expect(isPositiveOutcome(null)).toBe(false);
    expect(isPositiveOutcome(22)).toBe(true);
  });

  it("has ten NPUs covering the West Midlands' ~902 km²", () => {
    expect(NPUS).toHaveLength(10);
    expect(FORCE_AREA_KM2).toBeCloseTo(902, 0);
  });

  it("has 57 hotspots covering about 1.4% of the force area, in every NPU", () => {
    expect(HOTSPOTS.map((h) => h.code)).toEqual(
      Array.from({ length: 57 }, (_, i) => `HS${String(i + 1).padStart(2, "0")}`),
    );
    const area = HOTSPOTS.reduce((s, h) => s + h.areaKm2, 0);
    expect(area / FORCE_AREA_KM2).toBeCloseTo(HOTSPOT_AREA_SHARE, 3);
    expect(new Set(HOTSPOTS.map((h) => h.npu))).toEqual(new Set(NPUS.map((n) => n.name)));
  });

  it("gives providers only fictional contact routes", () => {
    expect(PROVIDERS).toHaveLength(8);
    for (const p of PROVIDERS) {
      expect(p.contactRoute).toMatch(/@example\.org$/);
      expect(p.pathways.length).toBeGreaterThan(0);
    }
  });

  it("has demo accounts for every role, two chairs and investigators on different NPUs", () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(
      new Set(["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER", "ADMIN"]),
    );
    expect(DEMO_ACCOUNTS.filter((a) => a.role === "CHAIR")).toHaveLength(2);
    const investigators = DEMO_ACCOUNTS.filter((a) => a.role === "INVESTIGATOR");
    expect(new Set(investigators.map((a) => a.npu)).size).toBe(2);
    expect(DEMO_ACCOUNTS.find((a) => a.role === "PARTNER")?.provider).toBe("St Giles Trust");
    for (const a of DEMO_ACCOUNTS) expect(a.email).toMatch(/@captiva\.example$/);
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });
});
