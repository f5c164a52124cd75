import { describe, expect, it } from "vitest";
import type { AgendaPack, PackItem } from "@/lib/meetings/pack-types";
import {
  compareNewOffences,
  compareOpenActions,
  comparisonPeriods,
  diffPacks,
  isEscalated,
  withoutRestrictedCounts,
} from "@/lib/meetings/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("compareNewOffences", () => {
  it("pins homicide then attempted murder, then under-25 victims, oldest first", () => {
    const o = (id: number, offenceCode: string, age: number | null, on: string) => ({
      id,
      offenceCode,
      youngestVictimAge: age,
      recordedOn: d(on),
    });
    const list = [
      o(1, "8N", 30, "2026-11-11"),
      o(2, "8N", 17, "2026-11-20"),
      o(3, "2", 40, "2026-11-25"),
      o(4, "1", 19, "2026-11-26"),
      o(5, "5D", 24, "2026-11-12"),
      o(6, "8N", null, "2026-11-10"),
    ];
    expect(list.sort(compareNewOffences).map((x) => x.id)).toEqual([4, 3, 5, 2, 6, 1]);
  });
});

describe("compareOpenActions", () => {
  it("puts overdue actions first, then those due before the meeting, earliest due first", () => {
    const today = d("2026-11-27");
    const a = (id: number, due: string) => ({ id, dueOn: d(due) });
    expect(
      [a(1, "2026-12-03"), a(2, "2026-11-20"), a(3, "2026-11-27"), a(4, "2026-11-01")]
        .sort((x, y) => compareOpenActions(today, x, y))
        .map((x) => x.id),
    ).toEqual([4, 2, 3, 1]);
  });
});

describe("isEscalated", () => {
  it("escalates only past N days overdue", () => {
    expect(isEscalated(d("2026-11-13"), d("2026-11-27"), 14)).toBe(false);
    expect(isEscalated(d("2026-11-12"), d("2026-11-27"), 14)).toBe(true);
  });
});

describe("comparisonPeriods", () => {
  it("gives the previous period of the same length and the same span a year earlier", () => {
    const p = comparisonPeriods(d("2026-11-10"), d("2026-12-08"));
    expect(p.previous).toEqual({ from: d("2026-10-13"), to: d("2026-11-10") });
    expect(p.lastYear).toEqual({ from: d("2025-11-10"), to: d("2025-12-08") });
  });
});

const item = (id: number, number: string, annotation = "", restricted: number | null = 2): PackItem => ({
  id,
  number,
  kind: "NEW_OFFENCE",
  title: `Item ${id}`,
  annotation,
  version: 1,
  facts: { kind: "case", case: { intelligence: { open: 1, restricted } } as never },
});
const pack = (items: PackItem[]): AgendaPack => ({
  meetingId: 1,
  title: "M",
  heldAt: "",
  location: "",
  status: "PUBLISHED",
  periodStart: null,
  packVersion: 1,
  removed: [],
  sections: [{ number: "1", kind: "NEW_OFFENCE", title: "New", items }],
});

describe("diffPacks", () => {
  it("lists added, removed, moved and re-annotated items", () => {
    const before = pack([item(1, "1.1"), item(2, "1.2"), item(3, "1.3")]);
    const after = pack([item(2, "1.1", "new note"), item(1, "1.2"), item(4, "1.3")]);
    expect(diffPacks(before, after)).toEqual([
      { number: "1.1", title: "Item 2", change: "moved", detail: "was 1.2" },
      { number: "1.1", title: "Item 2", change: "annotated", detail: "now “new note”" },
      { number: "1.2", title: "Item 1", change: "moved", detail: "was 1.1" },
      { number: "1.3", title: "Item 4", change: "added" },
      { number: "1.3", title: "Item 3", change: "removed", detail: "was 1.3" },
    ]);
    expect(diffPacks(before, before)).toEqual([]);
  });
});

describe("withoutRestrictedCounts", () => {
  it("drops the C-coded count and keeps the P-coded one", () => {
    const stripped = withoutRestrictedCounts(pack([item(1, "1.1")]));
    expect(stripped.sections[0]!.items[0]!.facts).toMatchObject({
      case: { intelligence: { open: 1, restricted: null } },
    });
  });
});

describe("tables in a pack", () => {
  const table = (id: number, offenceIds: number[]): PackItem => ({
    id,
    number: "1.1",
    kind: "OFFENCE_TABLE",
    title: "New offences",
    annotation: "",
    version: 1,
    facts: {
      kind: "offence-table",
      rows: offenceIds.map((offenceId) => ({ offenceId, intelligence: { open: 1, restricted: 3 } }) as never),
    },
  });

  it("strips the C-coded count from every row of the offence table", () => {
    const stripped = withoutRestrictedCounts(pack([table(1, [7, 8])]));
    const facts = stripped.sections[0]!.items[0]!.facts;
    expect(facts.kind === "offence-table" && facts.rows.map((r) => r.intelligence)).toEqual([
      { open: 1, restricted: null },
      { open: 1, restricted: null },
    ]);
  });

  it("diffs the rows of a table item between two published versions", () => {
    expect(diffPacks(pack([table(1, [7, 8])]), pack([table(1, [8, 9, 10])]))).toEqual([
      { number: "1.1", title: "New offences", change: "rows", detail: "2 rows added, 1 row gone" },
    ]);
  });
});
