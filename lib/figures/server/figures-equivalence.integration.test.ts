import pg from "pg";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { POSITIVE_OUTCOME_CODES } from "@/lib/reference/outcome-types";
import { SEEDED_WINDOWS, withSeededFigures } from "@/lib/testing/figures-seeded";
import { FIGURE_TABLE_IDS, type FigureTableId } from "@/lib/figures/figure-table";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { day } from "@/prisma/factories/create-reference-data";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";

// Issue 15: the figures read FigureMonth (counts per month and key), FigureLag (days to outcome
// per month) and FigureOffence (a row per
// offence), both kept by triggers (migrations figure_offence, figure_month). This proves they give
// the same numbers as the definition (Offence ⋈ Investigation) on a seeded dataset, before and
// after the kinds of change the app makes, in every table the figures page and its CSV export
// show, as at today and as at past days (outcomes dated later rewound; a month's last day).

// The tables whose rows come from figure-sql's sources; the quarterly return reads the case tables.
const FROM_FIGURE_ROWS = FIGURE_TABLE_IDS.filter((id) => id !== "returns");
const WINDOWS = SEEDED_WINDOWS;
const actors = withSeededFigures(7);

async function expectSameFigures(): Promise<void> {
  for (const window of WINDOWS) {
    for (const id of FROM_FIGURE_ROWS as FigureTableId[]) {
      const live = await getFigureTable({ actor: actors.chair, id, window, source: "live" });
      // each kept path: the page's (FigureMonth, as at any day) and FigureOffence alone
      for (const source of ["kept", "months", "offences"] as const) {
        const kept = await getFigureTable({ actor: actors.chair, id, window, source });
        expect({ id, source, asAt: window.asAt, rows: kept.rows, csv: kept.csv }).toEqual({
          id,
          source,
          asAt: window.asAt,
          rows: live.rows,
          csv: live.csv,
        });
      }
    }
  }
}

/** The copy's rows that differ from the definition's, both ways: none when the triggers kept up. */
async function differingRows(): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    const live = `select o.id, o."recordedOn", o."npuId", c."scrutinyCategoryCode", o."youngestVictimAge",
        o."knifeUsed", o."knifeRecovered", o."hotspotId" is not null, i."outcomeCode", i."outcomeOn"
      from "Offence" o join "OffenceCode" c on c.code = o."offenceCode"
      left join "Investigation" i on i."offenceId" = o.id`;
    const kept = `select "offenceId", "recordedOn", "npuId", "category", "youngestVictimAge", "knifeUsed",
        "knifeRecovered", "inHotspot", "outcomeCode", "outcomeOn" from "FigureOffence"`;
    const differ = async (definition: string, copy: string) =>
      (await client.query(`(${definition} except all ${copy}) union all (${copy} except all ${definition})`))
        .rows;
    // FigureMonth against the definition summed per month and key (a key counted down to 0 stays)
    const months = `select date_trunc('month', o."recordedOn")::date as month, o."npuId", c."scrutinyCategoryCode",
        o."knifeUsed", o."knifeRecovered", o."hotspotId" is not null, coalesce(i."outcomeCode", -1),
        count(*)::int
      from "Offence" o join "OffenceCode" c on c.code = o."offenceCode"
      left join "Investigation" i on i."offenceId" = o.id
      where c."scrutinyCategoryCode" is not null and o."youngestVictimAge" < 25
      group by 1, 2, 3, 4, 5, 6, 7`;
    const keptMonths = `select "month", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
        "outcomeCode", "n" from "FigureMonth" where "n" <> 0`;
    // FigureMonthForce: the same summed over NPU and hotspot
    const force = `select month, "scrutinyCategoryCode", "knifeUsed", "knifeRecovered", "coalesce", sum(count)::int
      from (${months}) m group by 1, 2, 3, 4, 5`;
    const keptForce = `select "month", "category", "knifeUsed", "knifeRecovered", "outcomeCode", "n"
      from "FigureMonthForce" where "n" <> 0`;
    const lags = `select date_trunc('month', o."recordedOn")::date, i."outcomeOn" - o."recordedOn", count(*)::int
      from "Offence" o join "OffenceCode" c on c.code = o."offenceCode"
      join "Investigation" i on i."offenceId" = o.id
      where c."scrutinyCategoryCode" is not null and o."youngestVictimAge" < 25
        and i."outcomeCode" > 0 and i."outcomeOn" is not null
      group by 1, 2`;
    const keptLags = `select "month", "lag", "n" from "FigureLag" where "n" <> 0`;
    return [
      ...(await differ(live, kept)),
      ...(await differ(months, keptMonths)).map((r) => ({ month: r })),
      ...(await differ(force, keptForce)).map((r) => ({ force: r })),
      ...(await differ(lags, keptLags)).map((r) => ({ lag: r })),
    ];
  } finally {
    await client.end();
  }
}

describe("the figures' kept rows against the definition", () => {
  it("give the same tables as Offence ⋈ Investigation on the seeded dataset", async () => {
    expect(await getPrisma().figureOffence.count()).toBe(await getPrisma().offence.count());
    expect(await getPrisma().figureMonth.count()).toBeGreaterThan(0);
    expect(await getPrisma().figureMonthForce.count()).toBeGreaterThan(0);
    expect(await getPrisma().figureLag.count()).toBeGreaterThan(0);
    expect(await differingRows()).toEqual([]);
    await expectSameFigures();
  });

  it("still do after offences and outcomes change, are added and leave the scope", async () => {
    const prisma = getPrisma();
    const syv = await prisma.offence.findMany({
      where: { youngestVictimAge: { lt: 25 }, offenceCode: { in: ["8N", "5D", "34B"] } },
      include: { investigation: true },
      orderBy: { id: "asc" },
      take: 6,
    });
    expect(syv.length).toBe(6);
    const [a, b, c, d, e, f] = syv as [(typeof syv)[number], ...typeof syv];
    // an outcome given, dated after the past as-at day; an outcome withdrawn
    const withInvestigation = syv.filter((o) => o.investigation);
    await prisma.investigation.update({
      where: { offenceId: withInvestigation[0]!.id },
      data: { outcomeCode: 1, outcomeOn: day("2026-03-01") },
    });
    await prisma.investigation.update({
      where: { offenceId: withInvestigation[1]!.id },
      data: { outcomeCode: null, outcomeOn: null },
    });
    // out of scope by code, then by age; back in by age; knife, recovery, hotspot, NPU and date moved
    await prisma.offence.update({ where: { id: a.id }, data: { offenceCode: "3B" } });
    await prisma.offence.update({ where: { id: b!.id }, data: { youngestVictimAge: 30 } });
    await prisma.offence.update({ where: { id: b!.id }, data: { youngestVictimAge: 19 } });
    await prisma.offence.update({
      where: { id: c!.id },
      data: { knifeUsed: !c!.knifeUsed, knifeRecovered: true, hotspotId: null },
    });
    const coventry = await prisma.npu.findFirstOrThrow({ where: { name: "Coventry" } });
    await prisma.offence.update({
      where: { id: d!.id },
      data: { npuId: coventry.id, recordedOn: day("2025-04-01") },
    });
    // a summary edit changes no figure and leaves the copy as it was
    await prisma.offence.update({ where: { id: e!.id }, data: { summary: "Edited summary" } });
    // a new offence in scope, then its investigation with an outcome (as an import writes them)
    const added = await createOffence(prisma, {
      recordedOn: day("2026-10-10"),
      occurredOn: day("2026-10-09"),
      youngestVictimAge: 16,
      knifeUsed: true,
    });
    await createInvestigation(prisma, {
      offenceId: added.id,
      outcomeCode: 8,
      outcomeOn: day("2026-10-20"),
    });
    // a positive outcome dated after the past as-at days, of an offence recorded in a whole month
    // before them: the "positive" figures rewind it (issue 15)
    const pending = await createOffence(prisma, {
      recordedOn: day("2026-01-10"),
      occurredOn: day("2026-01-09"),
      youngestVictimAge: 17,
    });
    await createInvestigation(prisma, {
      offenceId: pending.id,
      outcomeCode: 1,
      outcomeOn: day("2026-03-01"),
    });
    // many rows in one statement, as the bulk import does
    await prisma.offence.updateMany({ where: { id: { in: [e!.id, f!.id] } }, data: { knifeUsed: true } });

    expect(await differingRows()).toEqual([]);
    // The past as-at days rewind outcomes both positive and not, so the "positive" and "none"
    // figures, which leave some rewinding out, are compared where it matters.
    for (const asAt of ["2026-02-15", "2026-01-31"]) {
      const rewound = await prisma.$queryRaw<{ positive: boolean; n: number }[]>`
        SELECT "outcomeCode" IN (${Prisma.join(POSITIVE_OUTCOME_CODES)}) AS positive, count(*)::int AS n
        FROM "FigureOffence" WHERE "category" IS NOT NULL AND "youngestVictimAge" < 25
          AND "recordedOn" <= ${asAt}::date AND "outcomeOn" > ${asAt}::date GROUP BY 1 ORDER BY 1`;
      expect(rewound.map((r) => [r.positive, r.n > 0])).toEqual([
        [false, true],
        [true, true],
      ]);
    }
    await expectSameFigures();
  });
});
