import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/reference/demo-accounts";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { isPositiveOutcome } from "@/lib/reference/outcome-types";
import { buildDataset } from "@/prisma/factories/build-dataset";
import { addMonths, ageOn, dayNumber, performanceYearLabel } from "@/prisma/factories/dates";
import type { Dataset, OffenceRow } from "@/prisma/factories/rows";

const TODAY = "2026-11-27";
const share = <T>(list: T[], test: (x: T) => boolean) => list.filter(test).length / list.length;
const u25 = (o: OffenceRow) => o.youngestVictimAge != null && o.youngestVictimAge < 25;
const SYV_CODES = new Set(["1", "2", "5D", "8N", "34A", "34B"]);

describe("buildDataset determinism", () => {
  it("builds identical data from the same seed and date, different data from another seed", () => {
    const a = buildDataset({ scale: "tiny", seed: 5, today: TODAY });
    expect(buildDataset({ scale: "tiny", seed: 5, today: TODAY })).toEqual(a);
    expect(buildDataset({ scale: "tiny", seed: 6, today: TODAY }).offences).not.toEqual(a.offences);
  });

  it("rejects a malformed reference date", () => {
    expect(() => buildDataset({ scale: "tiny", today: "27/11/2026" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("the demo dataset", () => {
  let d: Dataset;
  // Building ~45,000 offences is CPU work: 5 s on a quiet 2-core machine, past vitest's 10 s hook
  // default when other jobs share the cores. This is a setup bound, not a speed target.
  beforeAll(() => {
    d = buildDataset({ scale: "demo", seed: 1, today: TODAY });
  }, 60_000);

  it("spans 1 April two years back to today at ~15,000 offences a year", () => {
    const dates = d.offences.map((o) => o.recordedOn).sort();
    expect(dates[0]! >= "2024-04-01").toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    const perYear = d.offences.length / ((dayNumber(TODAY) - dayNumber("2024-04-01")) / 365.25);
    expect(perYear).toBeGreaterThan(14_000);
    expect(perYear).toBeLessThan(16_000);
    for (const o of d.offences)
      if (o.occurredOn > o.recordedOn) throw new Error(`${o.crimeReference} occurs after it is recorded`);
  });

  it("uses synthetic crime references, unique and in recorded order", () => {
    const refs = d.offences.map((o) => o.crimeReference);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter((r) => !/^CG-SYN-\d{4}-\d{6}$/.test(r))).toEqual([]);
  });

  it("reproduces the seed report's shares", () => {
    const o = d.offences;
    const harm = (list: OffenceRow[]) => list.reduce((s, x) => s + x.harmScore, 0);
    const hotspot = o.filter((x) => x.hotspotId != null);
    expect(share(o, (x) => x.hotspotId != null)).toBeCloseTo(0.19, 1);
    expect(harm(hotspot) / harm(o)).toBeCloseTo(0.184, 1);
    expect(harm(hotspot) / harm(o)).toBeLessThan(hotspot.length / o.length);
    expect(share(o, u25)).toBeGreaterThan(0.56);
    expect(share(o, u25)).toBeLessThan(0.64);
    const robbery = o.filter((x) => x.offenceCode.startsWith("34"));
    expect(share(robbery, (x) => x.knifeUsed)).toBeCloseTo(0.35, 1);
    const vwiU25 = o.filter((x) => (x.offenceCode === "5D" || x.offenceCode === "8N") && u25(x));
    expect(share(vwiU25, (x) => x.knifeUsed)).toBeGreaterThan(0.035);
    expect(share(vwiU25, (x) => x.knifeUsed)).toBeLessThan(0.07);
    const knife = o.filter((x) => x.knifeUsed);
    expect(share(knife, (x) => x.knifeRecovered)).toBeCloseTo(0.25, 1);
    expect(o.some((x) => x.offenceCode === "10D" && x.knifeUsed)).toBe(false);
  });

  it("has ~60 U25 attempted murders and a handful of U25 homicides a year", () => {
    const full = d.offences.filter((o) => u25(o) && performanceYearLabel(o.recordedOn) === "2025/26");
    const am = full.filter((o) => o.offenceCode === "2").length;
    const homicide = full.filter((o) => o.offenceCode === "1").length;
    expect(am).toBeGreaterThan(40);
    expect(am).toBeLessThan(80);
    expect(homicide).toBeGreaterThanOrEqual(2);
    expect(homicide).toBeLessThanOrEqual(12);
  });

  it("has SYV outcome rates of 8-12% for full years and older years more finalised", () => {
    const byYear = new Map<string, { n: number; positive: number; open: number }>();
    d.offences.forEach((o, i) => {
      if (!SYV_CODES.has(o.offenceCode) || !u25(o)) return;
      const year = performanceYearLabel(o.recordedOn);
      const e = byYear.get(year) ?? { n: 0, positive: 0, open: 0 };
      const inv = d.investigations[i]!;
      e.n++;
      if (isPositiveOutcome(inv.outcomeCode)) e.positive++;
      if (inv.outcomeCode == null || inv.outcomeCode === 0) e.open++;
      byYear.set(year, e);
    });
    for (const year of ["2024/25", "2025/26"]) {
      const e = byYear.get(year)!;
      expect(e.positive / e.n).toBeGreaterThan(0.08);
      expect(e.positive / e.n).toBeLessThan(0.125);
    }
    const open = (y: string) => byYear.get(y)!.open / byYear.get(y)!.n;
    expect(open("2024/25")).toBeLessThan(open("2025/26"));
    expect(open("2025/26")).toBeLessThan(open("2026/27"));
  });

  it("gives every offence one investigation and keeps victims' ages consistent", () => {
    expect(d.investigations.map((i) => i.offenceId)).toEqual(d.offences.map((o) => o.id));
    const persons = new Map(d.persons.map((p) => [p.id, p]));
    const victimAges = new Map<number, number[]>();
    const wrongAge = d.offencePersons.filter((link) => {
      const person = persons.get(link.personId)!;
      const offence = d.offences[link.offenceId - 1]!;
      if (link.role === "VICTIM" && link.ageAtTime != null)
        victimAges.set(link.offenceId, [...(victimAges.get(link.offenceId) ?? []), link.ageAtTime]);
      return link.ageAtTime !== (person.dateOfBirth ? ageOn(person.dateOfBirth, offence.occurredOn) : null);
    });
    expect(wrongAge).toEqual([]);
    const wrongYoungest = d.offences.filter((o) => {
      const ages = victimAges.get(o.id);
      return o.youngestVictimAge !== (ages ? Math.min(...ages) : o.reportedVictimAge);
    });
    expect(wrongYoungest).toEqual([]);
    expect(d.offences.some((o) => o.reportedVictimAge != null && !victimAges.has(o.id))).toBe(true);
  });

  it("has about 8% of persons in several offences, some both victim and suspect", () => {
    const offencesOf = new Map<number, Set<number>>();
    const roles = new Map<number, Set<string>>();
    for (const l of d.offencePersons) {
      offencesOf.set(l.personId, (offencesOf.get(l.personId) ?? new Set()).add(l.offenceId));
      roles.set(
        l.personId,
        (roles.get(l.personId) ?? new Set()).add(l.role === "OFFENDER" ? "SUSPECT" : l.role),
      );
    }
    const recurring = [...offencesOf.values()].filter((s) => s.size > 1).length / d.persons.length;
    expect(recurring).toBeGreaterThan(0.06);
    expect(recurring).toBeLessThan(0.11);
    expect([...roles.values()].filter((r) => r.has("VICTIM") && r.has("SUSPECT")).length).toBeGreaterThan(
      100,
    );
  });

  it("gives the demo investigators open cases, some overdue, and a case flagged for scrutiny", () => {
    for (const key of ["investigator", "investigator2"]) {
      const userId = DEMO_ACCOUNTS.findIndex((a) => a.key === key) + 1;
      const open = d.investigations.filter(
        (i) => i.oicId === userId && (i.status === "OPEN" || i.status === "PENDING_SUSPECT"),
      );
      expect(open.length).toBeGreaterThan(5);
      expect(open.every((i) => i.nextReviewOn != null)).toBe(true);
      expect(open.some((i) => i.nextReviewOn! < TODAY)).toBe(true);
      expect(open.some((i) => i.flaggedForScrutiny && i.scrutinyReason)).toBe(true);
    }
  });

  it("grades intelligence 3x5x2 with ~20% C-coded items carrying conditions", () => {
    expect(d.intelligenceItems).toHaveLength(3000);
    const restricted = d.intelligenceItems.filter((i) => i.handlingCode === "C");
    expect(restricted.length / 3000).toBeCloseTo(0.2, 1);
    expect(restricted.every((i) => i.handlingConditions)).toBe(true);
    expect(
      d.intelligenceItems.filter((i) => i.handlingCode === "P").every((i) => i.handlingConditions == null),
    ).toBe(true);
    const graded = new Set(d.intelligenceGradings.map((g) => g.itemId));
    expect(graded.size).toBe(3000);
  });

  it("keeps referral histories consistent with the lifecycle", () => {
    const events = new Map<number, typeof d.referralEvents>();
    for (const e of d.referralEvents) events.set(e.referralId, [...(events.get(e.referralId) ?? []), e]);
    const allowed: Record<string, string[]> = {
      REFERRED: ["CONTACTED", "DECLINED"],
      CONTACTED: ["ENGAGED", "DECLINED", "CLOSED"],
      ENGAGED: ["COMPLETED", "CLOSED"],
    };
    expect(d.referrals.length).toBe(1500);
    for (const r of d.referrals) {
      const history = events.get(r.id)!;
      expect(history[0]!.toState).toBe("REFERRED");
      history.slice(1).forEach((e, k) => {
        expect(e.fromState).toBe(history[k]!.toState);
        expect(allowed[e.fromState!]).toContain(e.toState);
        expect(e.occurredOn >= history[k]!.occurredOn).toBe(true);
      });
      expect(history.at(-1)!.toState).toBe(r.state);
      expect(r.followUpDueOn).toBe(r.completedOn ? addMonths(r.completedOn, 6) : null);
      expect(r.stateChangedOn <= TODAY).toBe(true);
    }
  });

  it("has two closed meetings four weeks apart and the next one in draft", () => {
    const [first, last, next] = d.meetings;
    expect([first!.status, last!.status, next!.status]).toEqual(["CLOSED", "CLOSED", "DRAFT"]);
    expect(dayNumber(last!.heldAt) - dayNumber(first!.heldAt)).toBe(28);
    expect(next!.periodStart).toBe(last!.heldAt.slice(0, 10));
    const ahead = dayNumber(next!.heldAt) - dayNumber(TODAY);
    expect(ahead).toBeGreaterThanOrEqual(7);
    expect(ahead).toBeLessThanOrEqual(14);
    expect(d.decisions.every((x) => x.rationale.length > 10)).toBe(true);
    const open = d.actionItems.filter((a) => a.status === "OPEN" || a.status === "IN_PROGRESS");
    expect(open.some((a) => a.dueOn < TODAY)).toBe(true);
    expect(open.some((a) => a.timesCarried > 0)).toBe(true);
    expect(d.actionItems.some((a) => a.status === "COMPLETED" && a.closedAt)).toBe(true);
  });

  it("refers only to rows that exist", () => {
    const within = (ids: (number | null)[], max: number) =>
      ids.every((id) => id == null || (id >= 1 && id <= max));
    for (const [what, ids, max] of [
      ["offences' hotspots", d.offences.map((o) => o.hotspotId), HOTSPOTS.length],
      ["offence links' persons", d.offencePersons.map((l) => l.personId), d.persons.length],
      ["investigations' officers", d.investigations.map((i) => i.oicId), d.users.length],
      ["referrals' persons", d.referrals.map((r) => r.personId), d.persons.length],
      ["agenda items' actions", d.agendaItems.map((a) => a.actionItemId), d.actionItems.length],
      ["intelligence links' persons", d.intelligencePersons.map((l) => l.personId), d.persons.length],
    ] as const)
      expect(within(ids, max), what).toBe(true);
    const linkKeys = d.offencePersons.map((l) => `${l.offenceId}:${l.personId}:${l.role}`);
    expect(new Set(linkKeys).size).toBe(linkKeys.length);
  });
});
