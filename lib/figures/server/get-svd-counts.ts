import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { monthsBetween, rangeLabel, SUPPRESSED, suppressSmall } from "@/lib/figures/rules";
import { syvRows, weighted, type FigureTableOptions } from "@/lib/figures/server/figure-sql";

/**
 * The Serious Violence Duty export for partners: serious youth violence counts by NPU and month of
 * the year to date. No personal data; counts of 1-4 are suppressed ("*"), and there are no totals,
 * so a suppressed cell cannot be worked back from a row or column sum.
 */
export async function getSvdCounts({ actor, window, source }: FigureTableOptions): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const prisma = getPrisma();
  const [counted, npus] = await Promise.all([
    prisma.$queryRaw<{ npuId: number; month: string; n: number }[]>`
      SELECT "npuId", to_char(d, 'YYYY-MM') AS month, sum(n)::int AS n FROM (
        SELECT f."npuId", f."recordedOn" AS d, ${weighted()} AS n
        FROM ${syvRows(source ?? "kept", [window.current], window.asAt, { outcomes: "none" })} f
        GROUP BY 1, 2) t
      GROUP BY 1, 2`,
    prisma.npu.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const months = monthsBetween(window.current);
  const n = (npuId: number, month: string) =>
    counted.find((c) => c.npuId === npuId && c.month === month)?.n ?? 0;
  return {
    id: "svd",
    caption: `Serious Violence Duty: serious youth violence by NPU and month, ${window.yearLabel}`,
    note: `Offences in scope recorded ${rangeLabel(window.current)}. Counts of 1 to 4 are shown as ${SUPPRESSED}; no totals are given.`,
    corner: "NPU",
    columns: months.map((m) => m.label),
    rows: npus.map((npu) => ({
      head: npu.name,
      cells: months.map((m) => {
        const count = n(npu.id, m.key);
        const shown = suppressSmall(count);
        return shown === SUPPRESSED
          ? [textPart(SUPPRESSED)]
          : [
              countPart(
                count,
                { ...SYV, ...inRange(m.range), npu: String(npu.id) },
                ` offences, ${npu.name}, ${m.label}`,
              ),
            ];
      }),
    })),
    csv: {
      columns: ["NPU", ...months.map((m) => m.key)],
      rows: npus.map((npu) => [npu.name, ...months.map((m) => suppressSmall(n(npu.id, m.key)))]),
    },
  };
}
