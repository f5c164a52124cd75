import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { offencesWithInvestigations } from "@/lib/testing/investigation-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { offenceListHref, parseOffenceListQuery, type OffenceSort } from "@/lib/offences/schemas";
import { encodeCursor } from "@/lib/offences/list-cursor";
import type { OffenceListPage } from "@/lib/offences/offence-list-dto";
import { listOffences } from "@/lib/offences/server/list-offences";
import { day } from "@/prisma/factories/create-reference-data";

// Issue 15: the Previous and Next links carry the key of the page's first or last row (keyset
// paging). Walking the list by those links must give exactly the pages the page numbers give, in
// every sort and direction, across the tiers of an investigation sort (review date, none, no
// investigation), with ties on the sort column; and a cursor someone made up changes nothing.

const STATUSES = ["OPEN", "PENDING_SUSPECT", "CHARGED", "FINALISED"] as const;
const CODES = ["8N", "5D", "34B", "3B"];
const NPUS = ["Birmingham East", "Coventry", "Dudley"];

withTestDatabase();
const actors = withActors({ analyst: "ANALYST" });
// 80 offences: few distinct dates, codes and NPUs (ties everywhere); every third with no
// investigation, every fifth investigated one with no review date, knife used on most.
beforeAll(() =>
  offencesWithInvestigations(80, (i) => ({
    offence: {
      recordedOn: day(`2026-0${1 + (i % 4)}-1${i % 3}`),
      offenceCode: CODES[i % CODES.length],
      npu: NPUS[i % NPUS.length],
      knifeUsed: i % 7 !== 0,
    },
    investigation:
      i % 3 === 0
        ? null
        : {
            status: STATUSES[i % STATUSES.length],
            nextReviewOn: i % 5 === 0 ? null : day(`2026-12-0${1 + (i % 6)}`),
          },
  })),
);

type Params = Record<string, string>;
const read = (params: Params) =>
  listOffences({ actor: actors.analyst, query: parseOffenceListQuery(params).query });

/** Follows a link as the browser would: the page's own href, parsed back into the query. */
function follow(href: string): Promise<OffenceListPage> {
  return read(Object.fromEntries(new URL(href, "http://x").searchParams));
}

function href(params: Params, result: OffenceListPage, to: "next" | "previous"): string {
  const page = to === "next" ? result.page + 1 : result.page - 1;
  const { sort, dir, ...form } = params;
  return offenceListHref({
    form,
    sort: sort as OffenceSort,
    dir: dir as "asc" | "desc",
    page,
    size: 25,
    ...(to === "next" ? { after: result.cursors.after! } : { before: result.cursors.before! }),
  });
}

const ids = (p: OffenceListPage) => p.rows.map((r) => r.id);
const SORTS: OffenceSort[] = ["recorded", "reference", "offence", "npu", "status", "review"];

describe("keyset paging of the offence list", () => {
  it.each(SORTS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const)))(
    "Next and Previous read the pages the page numbers read (%s %s, with and without a filter)",
    async (sort, dir) => {
      for (const filter of [{}, { knife: "yes" }] as Params[]) {
        const params: Params = { ...filter, sort, dir };
        const byNumber = [await read(params)];
        while (byNumber.length < byNumber[0]!.totalPages)
          byNumber.push(await read({ ...params, page: String(byNumber.length + 1) }));
        expect(byNumber.length).toBeGreaterThanOrEqual(3);
        const all = byNumber.flatMap(ids);
        expect(new Set(all).size, "the numbered pages hold every match once").toBe(all.length);
        expect(all.length).toBe(byNumber[0]!.total);

        const forwards = [byNumber[0]!];
        while (forwards.length < byNumber.length)
          forwards.push(await follow(href(params, forwards.at(-1)!, "next")));
        expect(forwards.map(ids)).toEqual(byNumber.map(ids));
        expect(forwards.map((p) => p.page)).toEqual(byNumber.map((p) => p.page));
        const counts = (p: OffenceListPage) => [p.total, p.totalCapped, p.totalPages];
        expect(forwards.map(counts)).toEqual(byNumber.map(counts));

        const backwards = [forwards.at(-1)!];
        while (backwards.length < byNumber.length)
          backwards.unshift(await follow(href(params, backwards[0]!, "previous")));
        expect(backwards.map(ids)).toEqual(byNumber.map(ids));
        expect(backwards.map((p) => p.page)).toEqual(byNumber.map((p) => p.page));
      }
    },
  );

  it("ignores a cursor it did not write: another sort's, a bad date, garbage", async () => {
    const params = { sort: "review", dir: "asc", page: "2" };
    const expected = ids(await read(params));
    const forged = [
      encodeCursor({ sort: "recorded", dir: "asc", tier: 0, key: ["2026-01-10", 1] }),
      encodeCursor({ sort: "review", dir: "asc", tier: 0, key: ["2026-02-30", 1] }),
      encodeCursor({ sort: "review", dir: "asc", tier: 0, key: ['\'; drop table "Offence"; --', 1] }),
      encodeCursor({ sort: "review", dir: "asc", tier: 7, key: [1] }),
      "not-a-cursor",
      "%%%",
    ];
    for (const after of forged) {
      const result = await read({ ...params, after });
      expect([result.page, ids(result)], after).toEqual([2, expected]);
    }
    expect(await getPrisma().offence.count()).toBe(80);
  });

  it("gives way to the page number when the cursor's rows are gone", async () => {
    const params = { sort: "recorded", dir: "desc" };
    const first = await read(params);
    const last = await read({ ...params, page: "4" });
    // a cursor past the last row finds nothing: the page number (clamped to the last page) applies
    const result = await follow(href(params, last, "next"));
    expect([result.page, ids(result)]).toEqual([last.page, ids(last)]);
    // back from page 2 after an offence on page 1 moved to the end: less than a page is left
    // before the cursor, so the list shows page 1 as it now is
    const second = await follow(href(params, first, "next"));
    await getPrisma().offence.update({
      where: { id: first.rows[0]!.id },
      data: { occurredOn: day("2020-01-01"), recordedOn: day("2020-01-01") },
    });
    const back = await follow(href(params, second, "previous"));
    expect(back.page).toBe(1);
    expect(ids(back)).toEqual(ids(await read(params)));
  });
});
