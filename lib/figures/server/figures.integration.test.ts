import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { linkedCounts, type FigureTable, type FigureTableId } from "@/lib/figures/figure-table";
import { figureWindow } from "@/lib/figures/rules";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { AS_AT, FIGURES_WINDOW, withFiguresWorld } from "@/lib/testing/figures-world";

// Every expected figure below was counted by hand from the table in lib/testing/figures-world.ts.

const window = FIGURES_WINDOW;

withTestDatabase();
const actors = withActors({ chair: "CHAIR", investigator: "INVESTIGATOR", partner: "PARTNER" });
withFiguresWorld();

const table = (id: FigureTableId, w = window) => getFigureTable({ actor: actors.chair, id, window: w });
/** The table as text, one array per row: the row heading then each cell's text. */
const grid = (t: FigureTable) =>
  t.rows.map((r) => [r.head, ...r.cells.map((c) => c.map((p) => p.text).join(""))]);

describe("the window", () => {
  it("is 2023/24 to the leap day, against 1 Apr 2022 – 28 Feb 2023", () => {
    expect(window.current).toEqual({ from: "2023-04-01", to: "2024-02-29" });
    expect(window.previous).toEqual({ from: "2022-04-01", to: "2023-02-28" });
  });
});

describe("year-to-date tables", () => {
  it("Under 25 Violence with Injury (YTD): the age-25 victim, 31 March and 1 March are out; 1 April and 29 Feb are in", async () => {
    const t = await table("ytd");
    expect(t.columns).toEqual([
      "Robbery",
      "Violence with Injury",
      "VWI Knife Used",
      "Attempt Murder",
      "Homicide",
    ]);
    expect(grid(t)).toEqual([
      ["% Change 2023/24 vs 2022/23", "n/a", "300.0%", "0%", "n/a", "n/a"],
      ["Count Change 2023/24 vs 2022/23", "1 vs 0", "8 vs 2", "1 vs 1", "1 vs 0", "1 vs 0"],
    ]);
    expect(t.csv.rows[1]).toEqual([
      "Violence with Injury",
      "2023-04-01",
      "2024-02-29",
      8,
      "2022-04-01",
      "2023-02-28",
      2,
      300,
    ]);
  });

  it("the knife table", async () => {
    expect(grid(await table("knife-ytd"))).toEqual([
      ["% Change 2023/24 vs 2022/23", "n/a", "0%", "n/a", "n/a"],
      ["Count Change 2023/24 vs 2022/23", "1 vs 0", "1 vs 1", "0 vs 0", "1 vs 0"],
    ]);
  });
});

describe("outcomes", () => {
  it("outcome rate by performance year: no outcome yet stays in the denominator", async () => {
    // 2023/24: A, B, F, G, H, M, N1-5 = 11 in scope; positive F, M (A's charge on 10 March 2024 is
    // after the as-at day, so not yet). 2022/23: C, D, K; positive K.
    expect(grid(await table("outcome-rate"))).toEqual([
      ["2023/24", "18.18%", "2", "11"],
      ["2022/23", "33.33%", "1", "3"],
      ["2021/22", "n/a", "0", "0"],
    ]);
  });

  it("outcome mix: assigned outcomes only (G's type 0, B's missing investigation and A's later charge are left out)", async () => {
    expect(grid(await table("outcome-mix"))).toEqual([
      ["Charge/summons", "0", "0.00%"],
      ["Out-of-court (formal)", "0", "0.00%"],
      ["Out-of-court (informal)", "2", "66.67%"],
      ["Prosecution prevented or not in public interest", "0", "0.00%"],
      ["Evidential difficulties", "1", "33.33%"],
      ["Investigation complete – no suspect identified", "0", "0.00%"],
      ["Transferred / other", "0", "0.00%"],
      ["All outcomes", "3", "100.00%"],
    ]);
  });

  it("outcome mix by NPU", async () => {
    const rows = Object.fromEntries(grid(await table("outcome-mix-npu")).map((r) => [r[0], r.slice(1)]));
    expect(rows["Birmingham East"]).toEqual(["0", "0", "0", "0", "1", "0", "0", "1"]);
    expect(rows["Coventry"]).toEqual(["0", "0", "1", "0", "0", "0", "0", "1"]);
    expect(rows["Walsall"]).toEqual(["0", "0", "1", "0", "0", "0", "0", "1"]);
    expect(rows["Dudley"]).toEqual(["0", "0", "0", "0", "0", "0", "0", "0"]);
  });

  it("time to outcome (M 1, F 10, H 20 days) and knife recovery", async () => {
    expect(grid(await table("outcome-time"))).toEqual([
      ["Offences with an outcome", "3"],
      ["Median time from recording to outcome", "10.0 days"],
      ["Mean time from recording to outcome", "10.3 days"],
      ["Knife used", "3"],
      ["Knife recovered", "1"],
      ["Knife recovery rate", "33.33%"],
    ]);
  });
});

describe("outcomes as at a later day", () => {
  // As at 31 March 2024, A's charge (10 March, 10 days across the leap day) had happened, and J
  // (recorded 1 March) is in the year to date.
  const later = figureWindow({ asAt: "2024-03-31" }, "2026-11-27");

  it("counts A's outcome once the as-at day has passed it", async () => {
    expect(grid(await table("outcome-rate", later))[0]).toEqual(["2023/24", "25.00%", "3", "12"]);
    expect(grid(await table("outcome-time", later)).slice(0, 3)).toEqual([
      ["Offences with an outcome", "4"],
      ["Median time from recording to outcome", "10.0 days"],
      ["Mean time from recording to outcome", "10.3 days"],
    ]);
  });

  it("links each outcome count to the offences with that outcome by the same day", async () => {
    const t = await table("outcome-mix", later);
    const charged = linkedCounts(t).find((c) => c.where.startsWith("outcome-mix: Charge/summons"))!;
    expect(charged).toMatchObject({
      count: 1,
      drill: { outcomeby: "2024-03-31", group: expect.any(String) },
    });
    const earlier = linkedCounts(await table("outcome-mix")).find((c) =>
      c.where.startsWith("outcome-mix: Charge/summons"),
    )!;
    expect(earlier).toMatchObject({ count: 0, drill: { outcomeby: AS_AT } });
    for (const { count, drill } of [charged, earlier]) {
      const listed = await listOffences({ actor: actors.chair, query: parseOffenceListQuery(drill).query });
      expect(listed.total).toBe(count);
    }
  });
});

describe("trend, NPU and hotspots", () => {
  it("monthly trend covers the 24 months to February 2024", async () => {
    const t = await table("trend");
    expect(t.rows).toHaveLength(24);
    const rows = Object.fromEntries(grid(t).map((r) => [r[0], r.slice(1)]));
    expect(rows["Mar 2022"]).toEqual(["0", "0"]);
    expect(rows["Dec 2022"]).toEqual(["1", "0"]);
    expect(rows["Feb 2023"]).toEqual(["1", "1"]);
    expect(rows["Mar 2023"]).toEqual(["1", "0"]);
    expect(rows["Jun 2023"]).toEqual(["1", "1"]);
    expect(rows["Jul 2023"]).toEqual(["5", "0"]);
    expect(rows["Feb 2024"]).toEqual(["1", "1"]);
    // K, D, C, B, F, N1-5, G, H, M, A
    expect(t.csv.rows.reduce((s, r) => s + (r[3] as number), 0)).toBe(14);
  });

  it("NPU breakdown", async () => {
    const rows = Object.fromEntries(grid(await table("npu")).map((r) => [r[0], r.slice(1)]));
    expect(rows["Birmingham East"]).toEqual(["3", "1", "0", "0.00%"]);
    expect(rows["Coventry"]).toEqual(["1", "1", "1", "100.00%"]);
    expect(rows["Dudley"]).toEqual(["1", "1", "0", "0.00%"]);
    expect(rows["Solihull"]).toEqual(["5", "0", "0", "0.00%"]);
    expect(rows["Sandwell"]).toEqual(["0", "0", "0", "n/a"]);
    expect(rows["All NPUs"]).toEqual(["11", "3", "2", "18.18%"]);
  });

  it("hotspots: A and M inside; harm from the harm weight table; area from the standing geofences", async () => {
    const prisma = getPrisma();
    // A weight of 1 day for every code: the harm share is then the offence share, by hand. The
    // world's offences carry a typed-in harm score, which the share must not read (issue 17).
    const codes = await prisma.offenceCode.findMany({ select: { code: true } });
    await prisma.harmWeight.createMany({
      data: codes.map((c) => ({
        offenceCode: c.code,
        weight: 1,
        effectiveFrom: new Date("2000-01-01T00:00:00.000Z"),
        source: "Fixture",
      })),
    });
    const [inside, outside] = grid(await table("hotspots"));
    // The world draws no geofence, so no hotspot stands on the as-at day: no area inside.
    expect(inside).toEqual(["Inside hotspots", "2", "18.18%", "2", "18.18%", "0 km²", "0.00%"]);
    expect([outside![1], outside![2], outside![3], outside![4], outside![6]]).toEqual([
      "9",
      "81.82%",
      "9",
      "81.82%",
      "100.00%",
    ]);
  });
});

describe("returns", () => {
  it("Home Office quarters: knife-enabled (threats to kill included) and knife homicides", async () => {
    expect(grid(await table("returns")).map((r) => [r[0], r[2], r[3]])).toEqual([
      ["Q1 (Apr–Jun)", "2", "0"],
      ["Q2 (Jul–Sept)", "1", "1"],
      ["Q3 (Oct–Dec)", "0", "0"],
      ["Q4 (Jan–Mar)", "1", "0"],
      ["2023/24 to date", "4", "1"],
    ]);
  });

  it("the homicide measure leaves out homicides flagged as domestic abuse (P), and its drill-down agrees", async () => {
    const year2020 = figureWindow({ asAt: "2021-03-31" }, "2026-11-27");
    const t = await table("returns", year2020);
    expect(grid(t).map((r) => [r[0], r[2], r[3]])).toEqual([
      ["Q1 (Apr–Jun)", "1", "0"],
      ["Q2 (Jul–Sept)", "1", "1"],
      ["Q3 (Oct–Dec)", "0", "0"],
      ["Q4 (Jan–Mar)", "0", "0"],
      ["2020/21 to date", "2", "1"],
    ]);
    for (const { where, count, drill } of linkedCounts(t)) {
      const listed = await listOffences({ actor: actors.chair, query: parseOffenceListQuery(drill).query });
      expect(listed.total, where).toBe(count);
    }
  });

  it("Serious Violence Duty counts suppress 1-4 and keep 0 and 5+", async () => {
    const t = await table("svd");
    const rows = Object.fromEntries(t.csv.rows.map((r) => [r[0], r.slice(1)]));
    expect(t.csv.columns.slice(1, 4)).toEqual(["2023-04", "2023-05", "2023-06"]);
    expect(rows["Solihull"]![3]).toBe(5);
    expect(rows["Birmingham East"]![0]).toBe("*"); // B
    expect(rows["Coventry"]![2]).toBe("*"); // F
    expect(rows["Sandwell"]!.every((v: unknown) => v === 0)).toBe(true);
    expect(t.csv.columns).not.toContain("Total");
  });
});
