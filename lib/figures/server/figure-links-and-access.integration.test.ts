import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { FIGURE_TABLE_IDS, linkedCounts, type FigureTableId } from "@/lib/figures/figure-table";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { exportFigureTable } from "@/lib/figures/server/export-figure-table";
import { FIGURES_WINDOW, withFiguresWorld } from "@/lib/testing/figures-world";

// Every count in the figures links to the offence list that shows its offences; the list's filters
// the links rely on; who may see and export the figures. The figures themselves:
// figures.integration.test.ts. Expected counts were counted by hand from lib/testing/figures-world.ts.

const window = FIGURES_WINDOW;

withTestDatabase();
const actors = withActors({ chair: "CHAIR", investigator: "INVESTIGATOR", partner: "PARTNER" });
withFiguresWorld();

const table = (id: FigureTableId) => getFigureTable({ actor: actors.chair, id, window });
/** A table's CSV export by this actor for the window, with this reason and these recipients. */
const exportAs = (actor: Actor, id: FigureTableId, justification: { reason: string; recipients: string }) =>
  exportFigureTable({ actor, id, window, justification });

describe("drill-down", () => {
  it.each(FIGURE_TABLE_IDS)("every count in %s equals the offence list it links to", async (id) => {
    const counts = linkedCounts(await table(id));
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) {
      const { query, messages } = parseOffenceListQuery(c.drill);
      expect(messages, c.where).toEqual([]);
      const { total } = await listOffences({ actor: actors.chair, query });
      expect(total, c.where).toBe(c.count);
    }
  });
});

describe("the list's negative filters", () => {
  it("no outcome yet means type 0 or no investigation; not positive includes them", async () => {
    const total = async (params: Record<string, string>) =>
      (
        await listOffences({
          actor: actors.chair,
          query: parseOffenceListQuery({
            scrutiny: "yes",
            u25: "yes",
            from: "2023-04-01",
            to: "2024-02-29",
            ...params,
          }).query,
        })
      ).total;
    expect(await total({ outcomed: "no" })).toBe(7); // B, G, N1-N5
    expect(await total({ positive: "no" })).toBe(8); // the 11 in scope less A, F, M
    expect(await total({ scrutiny: "no", u25: "" })).toBe(1); // I (threats to kill)
  });
});

describe("access and export", () => {
  it("refuses investigators and partners the figures", async () => {
    await expect(getFigureTable({ actor: actors.investigator, id: "ytd", window })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getFigureTable({ actor: actors.partner, id: "svd", window })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      exportAs(actors.investigator, "svd", { reason: "x", recipients: "y" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports a table as marked CSV and audits the disclosure with reason and recipients", async () => {
    const { csv, filename } = await exportAs(actors.chair, "svd", {
      reason: "Quarterly SVD return",
      recipients: "Walsall Community Safety Partnership",
    });
    expect(filename).toBe("svd-2024-02-29.csv");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("OFFICIAL-SENSITIVE");
    expect(lines).toContain(`Solihull,0,0,0,5,0,0,0,0,0,0,0`);
    const audit = await getPrisma().auditEvent.findFirst({
      where: { event: "export.downloaded", entityType: "figures" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      category: "DISCLOSURE",
      entityId: "svd",
      actorId: actors.chair.id,
      justification: "Quarterly SVD return",
      recipients: "Walsall Community Safety Partnership",
    });
  });

  it("refuses an export without a reason", async () => {
    await expect(exportAs(actors.chair, "ytd", { reason: " ", recipients: "Chair" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
