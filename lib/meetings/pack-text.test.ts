import { describe, expect, it } from "vitest";
import type { PackItem } from "@/lib/meetings/pack-types";
import { change, factRows } from "@/lib/meetings/pack-text";

describe("change", () => {
  it("is one decimal with a sign, and n/a on a zero base (domain.md)", () => {
    expect(change(12, 10)).toBe("+20.0%");
    expect(change(9, 12)).toBe("-25.0%");
    expect(change(3, 0)).toBe("n/a");
  });
});

describe("factRows", () => {
  const caseItem = (restricted: number | null): PackItem => ({
    id: 1, number: "1.1", kind: "NEW_OFFENCE", title: "t", annotation: "", version: 1,
    facts: {
      kind: "case",
      case: {
        offenceId: 1, crimeReference: "CG-1", offence: "Homicide", offenceCode: "1", recordedOn: "2026-11-20", npu: "Dudley", hotspot: null,
        youngestVictimAge: 17, victims: ["A B (17)"], suspects: [], status: "OPEN", oic: null,
        intelligence: { open: 2, restricted }, interventions: [], scrutinyReason: null, knifeRecovered: false,
      },
    },
  });
  const intel = (item: PackItem) => factRows(item).find(([label]) => label === "Intelligence items")?.[1];

  it("counts restricted intelligence only where the role may see it, and says so", () => {
    expect(intel(caseItem(3))).toBe("5 (2 P, 3 C)");
    expect(intel(caseItem(null))).toBe("2 (P-coded only; restricted items are not counted for your role)");
  });

  it("says what is missing rather than leaving it blank", () => {
    const rows = Object.fromEntries(factRows(caseItem(0)));
    expect(rows["Suspects"]).toBe("None recorded");
    expect(rows["Officer in charge"]).toBe("Not assigned");
    expect(rows["Recorded"]).toBe("20 Nov 2026");
  });
});
