import { describe, expect, it } from "vitest";
import type { PackItem } from "@/lib/meetings/pack-types";
import { ageBand, change, factRows, OFFENCE_COLUMNS, tableOf } from "@/lib/meetings/pack-text";
import { packDocument } from "@/lib/meetings/pack-document";

describe("change", () => {
  it("is one decimal with a sign, and n/a on a zero base (docs/domain.md)", () => {
    expect(change(12, 10)).toBe("+20.0%");
    expect(change(9, 12)).toBe("-25.0%");
    expect(change(3, 0)).toBe("n/a");
  });
});

describe("factRows", () => {
  const caseItem = (restricted: number | null): PackItem => ({
    id: 1,
    number: "1.1",
    kind: "NEW_OFFENCE",
    title: "t",
    annotation: "",
    version: 1,
    facts: {
      kind: "case",
      case: {
        offenceId: 1,
        crimeReference: "CG-1",
        offence: "Homicide",
        offenceCode: "1",
        recordedOn: "2026-11-20",
        npu: "Dudley",
        hotspot: null,
        youngestVictimAge: 17,
        victims: ["A B (17)"],
        suspects: [],
        status: "OPEN",
        oic: null,
        intelligence: { open: 2, restricted },
        interventions: [],
        scrutinyReason: null,
        knifeRecovered: false,
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

describe("the table items (issue 12)", () => {
  const offenceTable: PackItem = {
    id: 2,
    number: "1.1",
    kind: "OFFENCE_TABLE",
    title: "New knife-used offences since the last meeting",
    annotation: "",
    version: 1,
    facts: {
      kind: "offence-table",
      rows: [
        {
          offenceId: 9,
          crimeReference: "CG-SYN-9",
          recordedOn: "2026-11-20",
          offence: "Wounding",
          offenceCode: "5D",
          npu: "Dudley",
          hotspot: "Town centre",
          youngestVictimAge: 19,
          knifeRecovered: true,
          oic: null,
          status: "OPEN",
          intelligence: { open: 1, restricted: null },
          referrals: [],
          priority: true,
          promotedAs: null,
        },
      ],
    },
  };

  it("words each offence row in the column order the screen, print and PDF share", () => {
    expect(tableOf(offenceTable)).toMatchObject({
      columns: OFFENCE_COLUMNS,
      rows: [
        [
          "CG-SYN-9",
          "20 Nov 2026",
          "Wounding (5D)",
          "Dudley / Town centre",
          "18–24",
          "Yes",
          "Not assigned",
          "Open",
          "1 (P only)",
          "None",
        ],
      ],
    });
  });

  it("bands the youngest victim's age", () => {
    expect([ageBand(null), ageBand(15), ageBand(18), ageBand(24), ageBand(25)]).toEqual([
      "Not known",
      "Under 18",
      "18–24",
      "18–24",
      "25 and over",
    ]);
  });

  it("prints a table item in the PDF as one line per row, numbered as on screen", () => {
    const doc = packDocument({
      meetingId: 1,
      title: "M",
      heldAt: "2026-12-08T10:00:00.000Z",
      location: "",
      status: "DRAFT",
      periodStart: "2026-11-10",
      packVersion: 1,
      removed: [],
      sections: [{ number: "1", kind: "NEW_OFFENCE", title: "New", items: [offenceTable] }],
    });
    const item = doc.sections[0]!.items[0]!;
    expect(item.number).toBe("1.1");
    expect(item.blocks).toContainEqual({
      kind: "list",
      items: [OFFENCE_COLUMNS.join(" · "), expect.stringContaining("CG-SYN-9 · 20 Nov 2026")],
    });
  });
});
