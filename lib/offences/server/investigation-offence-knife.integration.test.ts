import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { offencesWithInvestigations } from "@/lib/testing/investigation-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import type { IsoDay } from "@/lib/dates/day";
import { parseOffenceListQuery, type OffenceSort } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";

// Issue 15: Investigation keeps a copy of its offence's knifeUsed (migration
// investigation_offence_knife), so a page number of "knife used" sorted by status or next review
// walks one index of Investigation instead of checking each row's offence. The copy must follow
// the offence through every kind of write, and that path must read exactly the rows and order the
// joined definition reads.

const STATUSES = ["OPEN", "PENDING_SUSPECT", "CHARGED", "FINALISED"] as const;

withTestDatabase();
const actors = withActors({ analyst: "ANALYST" });
// 90 offences, knife used on two in three; every fourth with no investigation, every third
// investigated one with no review date; few distinct statuses and dates (ties everywhere).
beforeAll(() =>
  offencesWithInvestigations(90, (i) => ({
    offence: { recordedOn: day(`2026-0${1 + (i % 5)}-1${i % 4}`), knifeUsed: i % 3 !== 0 },
    investigation:
      i % 4 === 0
        ? null
        : {
            status: STATUSES[i % STATUSES.length],
            nextReviewOn: i % 3 === 1 ? null : day(`2026-12-0${1 + (i % 7)}`),
          },
  })),
);

/** Investigations whose copy differs from their offence's knifeUsed. */
async function differing(): Promise<number> {
  const [{ n }] = await getPrisma().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS n FROM "Investigation" i JOIN "Offence" o ON o.id = i."offenceId"
    WHERE i."offenceKnifeUsed" IS DISTINCT FROM o."knifeUsed"`;
  return n;
}

describe("Investigation's copy of the offence's knifeUsed", () => {
  it("follows the offence through inserts, an edit, a bulk edit and a direct write", async () => {
    const prisma = getPrisma();
    expect(await prisma.investigation.count({ where: { offenceKnifeUsed: true } })).toBeGreaterThan(20);
    expect(await differing()).toBe(0);

    const investigated = await prisma.investigation.findMany({ orderBy: { id: "asc" }, take: 4 });
    const [a, b, c, d] = investigated.map((i) => i.offenceId) as [number, number, number, number];
    const knifeOf = async (offenceId: number) =>
      (await prisma.investigation.findUniqueOrThrow({ where: { offenceId } })).offenceKnifeUsed;

    const before = await knifeOf(a);
    await prisma.offence.update({ where: { id: a }, data: { knifeUsed: !before } });
    expect(await knifeOf(a)).toBe(!before);

    await prisma.offence.updateMany({ where: { id: { in: [b, c] } }, data: { knifeUsed: true } });
    expect([await knifeOf(b), await knifeOf(c)]).toEqual([true, true]);

    // the app never writes the copy; a write that tries is given the offence's value
    const offenceD = await prisma.offence.findUniqueOrThrow({ where: { id: d } });
    await prisma.investigation.update({
      where: { offenceId: d },
      data: { offenceKnifeUsed: !offenceD.knifeUsed },
    });
    expect(await knifeOf(d)).toBe(offenceD.knifeUsed);

    // an investigation opened later takes its offence's value
    const late = await createOffence(prisma, { knifeUsed: true });
    await createInvestigation(prisma, { offenceId: late.id });
    expect(await knifeOf(late.id)).toBe(true);
    expect(await differing()).toBe(0);
  });

  it.each(
    (["status", "review"] as OffenceSort[]).flatMap((sort) =>
      (["asc", "desc"] as const).map((dir) => [sort, dir] as const),
    ),
  )("page numbers of knife used by %s %s read what the joined definition reads", async (sort, dir) => {
    for (const knife of ["yes", "no"]) {
      // The same filter with a date that covers every offence is a condition on the offence, so
      // it reads through Offence ⋈ Investigation: the definition.
      const pages = async (joined: boolean) => {
        const out: number[][] = [];
        for (let page = 1; ; page++) {
          const { query } = parseOffenceListQuery({ knife, sort, dir, page: String(page) });
          if (joined) query.filters.from = "2000-01-01" as IsoDay;
          const result = await listOffences({ actor: actors.analyst, query });
          if (result.page !== page) break;
          out.push(result.rows.map((r) => r.id));
          if (page >= result.totalPages) break;
        }
        return out;
      };
      const alone = await pages(false);
      expect(alone.flat().length).toBeGreaterThan(25);
      expect(alone).toEqual(await pages(true));
    }
  });
});
