import pg from "pg";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { getPrisma } from "@/lib/db/server/prisma";
import { SEEDED_WINDOWS, withSeededFigures } from "@/lib/testing/figures-seeded";
import { getHotspotFigures } from "@/lib/figures/server/get-hotspot-figures";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { day } from "@/prisma/factories/create-reference-data";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";

// Issue 15: the hotspot figures read FigureHotspotMonth for whole months, kept by triggers on
// Offence and HarmWeight (migration figure_hotspot_month). This proves the store equals its
// definition summed from the case tables, and that the hotspot figures (the /figures table, the
// /hotspots headline and rows) are the same read either way, on a seeded dataset and after every
// kind of change that can move them: offences added, moved between hotspots, unplaced, recoded,
// re-dated, taken out of scope and deleted, RMS codes changed, a new harm weight, outcomes changed.

const WINDOWS = SEEDED_WINDOWS;
const actors = withSeededFigures(11);
const { db } = actors;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The store's keys that differ from the definition's (Offence with its harm weight), both ways. */
async function differingKeys(): Promise<unknown[]> {
  const definition = `select date_trunc('month', o."recordedOn")::date as month, coalesce(o."hotspotId", 0),
      o.latitude is not null and o.longitude is not null, o."knifeUsed", o."offenceCode",
      o."hotspotId" is not null and o."rmsHotspotCode" is not null,
      case when o."hotspotId" is not null then coalesce(o."rmsHotspotCode", '') else '' end,
      count(*)::int, coalesce(sum((select w.weight from "HarmWeight" w where w."offenceCode" = o."offenceCode"
        and w."effectiveFrom" <= o."occurredOn" order by w."effectiveFrom" desc limit 1)), 0)::numeric
    from "Offence" o
    where o."offenceCode" in ('1', '2', '5D', '8N', '34A', '34B') and o."youngestVictimAge" < 25
    group by 1, 2, 3, 4, 5, 6, 7`;
  const kept = `select "month", "hotspotId", "placed", "knifeUsed", "offenceCode", "rmsGiven", "rmsHotspotCode",
      "n", "harm" from "FigureHotspotMonth" where "n" <> 0 or "harm" <> 0`;
  return query(`(${definition} except all ${kept}) union all (${kept} except all ${definition})`);
}

async function expectSameHotspotFigures(): Promise<void> {
  for (const window of WINDOWS) {
    const live = await getHotspotFigures({ actor: actors.chair, window, source: "live" });
    const kept = await getHotspotFigures({ actor: actors.chair, window });
    expect({ asAt: window.asAt, ...kept }).toEqual({ asAt: window.asAt, ...live });
    const liveTable = await getFigureTable({ actor: actors.chair, id: "hotspots", window, source: "live" });
    const keptTable = await getFigureTable({ actor: actors.chair, id: "hotspots", window });
    expect(keptTable).toEqual(liveTable);
  }
}

describe("FigureHotspotMonth against the definition", () => {
  it("holds the seeded offences' counts and gives the same hotspot figures", async () => {
    const [kept] = await query<{ n: number }>(
      `select coalesce(sum(n), 0)::int as n from "FigureHotspotMonth"`,
    );
    expect(kept?.n).toBeGreaterThan(0);
    // the seed has offences in hotspots, unplaced ones and harm, or this proves little
    const current = await getHotspotFigures({ actor: actors.chair, window: WINDOWS[0]! });
    expect(current.headline.inside.syv).toBeGreaterThan(0);
    expect(current.headline.inside.harm).toBeGreaterThan(0);
    expect(current.headline.total.syv).toBeGreaterThan(current.headline.inside.syv);
    expect(await differingKeys()).toEqual([]);
    await expectSameHotspotFigures();
  });

  it("still does after offences, outcomes and harm weights change", async () => {
    const prisma = getPrisma();
    const hotspots = await prisma.hotspot.findMany({ orderBy: { code: "asc" }, take: 2 });
    expect(hotspots.length).toBe(2);
    const [h1, h2] = hotspots as [(typeof hotspots)[number], (typeof hotspots)[number]];
    const placed = await prisma.offence.findMany({
      where: { youngestVictimAge: { lt: 25 }, offenceCode: { in: ["8N", "34B"] }, hotspotId: { not: null } },
      include: { investigation: true },
      orderBy: { id: "asc" },
      take: 6,
    });
    expect(placed.length).toBe(6);
    const [a, b, c, d, e, f] = placed as [(typeof placed)[number], ...typeof placed];

    // inserted: in a hotspot with a point and an RMS code that disagrees, and one unplaced
    const added = await createOffence(prisma, {
      recordedOn: day("2026-10-10"),
      occurredOn: day("2026-10-09"),
      youngestVictimAge: 16,
      knifeUsed: true,
      hotspotId: h1.id,
      latitude: 52.48,
      longitude: -1.89,
      rmsHotspotCode: h2.code,
    });
    await createOffence(prisma, {
      recordedOn: day("2025-11-03"),
      occurredOn: day("2025-11-01"),
      youngestVictimAge: 20,
      offenceCode: "34B",
    });
    // its investigation with an outcome, and another's outcome changed: no hotspot figure moves
    await createInvestigation(prisma, { offenceId: added.id, outcomeCode: 8, outcomeOn: day("2026-10-20") });
    const withInvestigation = placed.find((o) => o.investigation);
    if (withInvestigation)
      await prisma.investigation.update({
        where: { offenceId: withInvestigation.id },
        data: { outcomeCode: 1, outcomeOn: day("2026-03-01") },
      });
    // moved to another hotspot; out of every hotspot; unplaced; RMS code changed
    await prisma.offence.update({
      where: { id: a.id },
      data: { hotspotId: a.hotspotId === h1.id ? h2.id : h1.id },
    });
    await prisma.offence.update({ where: { id: b!.id }, data: { hotspotId: null } });
    await prisma.offence.update({ where: { id: c!.id }, data: { latitude: null, longitude: null } });
    await prisma.offence.update({ where: { id: d!.id }, data: { rmsHotspotCode: "NOT-A-HOTSPOT" } });
    // recoded (another harm weight), re-dated into another month, out of scope by age and back
    await prisma.offence.update({
      where: { id: e!.id },
      data: { offenceCode: "5D", occurredOn: day("2025-12-30"), recordedOn: day("2026-01-02") },
    });
    await prisma.offence.update({ where: { id: f!.id }, data: { youngestVictimAge: 30 } });
    // a summary edit changes nothing; many rows in one statement, as the bulk import does
    await prisma.offence.update({ where: { id: d!.id }, data: { summary: "Edited summary" } });
    await prisma.offence.updateMany({ where: { id: { in: [a.id, d!.id] } }, data: { knifeUsed: true } });
    // deleted: two offences in hotspots in one statement (the app never deletes one; the store follows)
    const doomed = await Promise.all(
      ["2026-05-05", "2025-07-07"].map((on) =>
        createOffence(prisma, {
          recordedOn: day(on),
          youngestVictimAge: 18,
          offenceCode: "34B",
          hotspotId: h2.id,
          latitude: 52.5,
          longitude: -1.9,
          rmsHotspotCode: h1.code,
        }),
      ),
    );
    // Offence refuses DELETE (case records are never deleted) until that guard is lifted for this
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`alter table "Offence" disable trigger case_tables_never_deleted`);
      await tx.offence.deleteMany({ where: { id: { in: doomed.map((o) => o.id) } } });
      await tx.$executeRawUnsafe(`alter table "Offence" enable trigger case_tables_never_deleted`);
    });
    // a new harm weight from a past day: offences of that code that occurred since weigh more
    await prisma.harmWeight.create({
      data: { offenceCode: "8N", weight: 300, effectiveFrom: day("2026-06-01"), source: "test" },
    });

    expect(await differingKeys()).toEqual([]);
    await expectSameHotspotFigures();
  });

  it("is caught out when a change is not kept (the check above is not vacuous)", async () => {
    const prisma = getPrisma();
    // recorded in a whole month of the current window, so the page reads it from the store
    const offence = await prisma.offence.findFirstOrThrow({
      where: {
        youngestVictimAge: { lt: 25 },
        offenceCode: "8N",
        hotspotId: { not: null },
        recordedOn: { gte: day("2026-04-01"), lt: day("2026-11-01") },
      },
      orderBy: { id: "asc" },
    });
    await prisma.$executeRawUnsafe(`alter table "Offence" disable trigger figure_hotspot_after_update`);
    try {
      await prisma.offence.update({ where: { id: offence.id }, data: { hotspotId: null } });
    } finally {
      await prisma.$executeRawUnsafe(`alter table "Offence" enable trigger figure_hotspot_after_update`);
    }
    expect(await differingKeys()).not.toEqual([]);
    const live = await getHotspotFigures({ actor: actors.chair, window: WINDOWS[0]!, source: "live" });
    const kept = await getHotspotFigures({ actor: actors.chair, window: WINDOWS[0]! });
    expect(kept.headline.inside).not.toEqual(live.headline.inside);
    // a recount (what a harm weight change runs) puts it right
    await prisma.$executeRawUnsafe(`update "HarmWeight" set weight = weight where false`);
    expect(await differingKeys()).toEqual([]);
  });
  it("is kept by the app's runtime role, as in production (the triggers write as the writer)", async () => {
    expect(db.runtimeUrl).toBeDefined();
    const app = await db.connect(db.runtimeUrl);
    const [offence] = (
      await app.query<{ id: number; hotspotId: number | null }>(
        `select id, "hotspotId" from "Offence" where "offenceCode" = '34B' and "youngestVictimAge" < 25
         order by id limit 1`,
      )
    ).rows;
    expect(offence).toBeDefined();
    await app.query(`update "Offence" set "knifeUsed" = not "knifeUsed", "hotspotId" = null where id = $1`, [
      offence!.id,
    ]);
    await app.query(
      `insert into "HarmWeight" ("offenceCode", weight, "effectiveFrom", source) values ('34B', 800, '2026-07-01', 'test')`,
    );
    expect(await differingKeys()).toEqual([]);
  });
});
