import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type Drill, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentNumber, rangeLabel } from "@/lib/figures/rules";
import { positiveSql, syvRows, weighted, type FigureTableOptions } from "@/lib/figures/server/figure-sql";

type Counted = { npuId: number; total: number; knife: number; positive: number };

/** Serious youth violence by NPU in the year to date: offences, knife used, outcome rate. */
export async function getNpuBreakdown({ actor, window, source }: FigureTableOptions): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const prisma = getPrisma();
  const [counted, npus] = await Promise.all([
    prisma.$queryRaw<Counted[]>`
      SELECT f."npuId", ${weighted()} AS total, ${weighted(Prisma.sql`f."knifeUsed"`)} AS knife,
             ${weighted(positiveSql(window.asAt))} AS positive
      FROM ${syvRows(source ?? "kept", [window.current], window.asAt, { outcomes: "positive" })} f
      GROUP BY 1`,
    prisma.npu.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const rows = npus.map((npu) => ({
    npu,
    ...(counted.find((c) => c.npuId === npu.id) ?? { total: 0, knife: 0, positive: 0 }),
  }));
  const all = rows.reduce(
    (s, r) => ({ total: s.total + r.total, knife: s.knife + r.knife, positive: s.positive + r.positive }),
    { total: 0, knife: 0, positive: 0 },
  );
  const base: Drill = { ...SYV, ...inRange(window.current) };
  const line = (head: string, where: Drill, c: { total: number; knife: number; positive: number }) => ({
    head,
    cells: [
      [countPart(c.total, where, ` offences, ${head}`)],
      [countPart(c.knife, { ...where, knife: "yes" }, ` offences with a knife used, ${head}`)],
      [
        countPart(
          c.positive,
          { ...where, positive: "yes", outcomeby: window.asAt },
          ` offences with a positive outcome, ${head}`,
        ),
      ],
      [textPart(percentage(c.positive, c.total))],
    ],
  });
  return {
    id: "npu",
    caption: `Serious youth violence by NPU, ${window.yearLabel} year to date`,
    note: `Offences in scope recorded ${rangeLabel(window.current)}, by the NPU they were recorded in.`,
    corner: "NPU",
    columns: ["Offences", "Knife used", "Positive outcomes", "Outcome rate"],
    rows: [
      ...rows.map((r) => line(r.npu.name, { ...base, npu: String(r.npu.id) }, r)),
      line("All NPUs", base, all),
    ],
    csv: {
      columns: ["NPU", "Offences", "Knife used", "Positive outcomes", "Outcome rate %"],
      rows: [...rows.map((r) => ({ name: r.npu.name, ...r })), { name: "All NPUs", ...all }].map((r) => [
        r.name,
        r.total,
        r.knife,
        r.positive,
        percentNumber(percentage(r.positive, r.total)),
      ]),
    },
  };
}
