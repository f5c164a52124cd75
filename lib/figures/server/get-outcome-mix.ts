import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type Drill, type FigureTable } from "@/lib/figures/figure-table";
import { OUTCOME_GROUPS, type OutcomeGroupSlug } from "@/lib/reference/outcome-groups";
import { percentage, percentNumber, rangeLabel } from "@/lib/figures/rules";
import {
  outcomeGroupSql,
  outcomedSql,
  syvRows,
  weighted,
  type FigureTableOptions,
} from "@/lib/figures/server/figure-sql";

type Counted = { npuId: number | null; grp: OutcomeGroupSlug; n: number };

/**
 * The outcome mix by Home Office outcome group, overall and by NPU, for offences in scope recorded
 * in the year to date. Only assigned outcomes (1-23) are in the mix; "not yet assigned" is left out
 * (docs/domain.md). One query: GROUPING SETS give the NPU rows and the overall row together.
 */
export async function getOutcomeMix({
  actor,
  window,
  source,
}: FigureTableOptions): Promise<[FigureTable, FigureTable]> {
  await requirePermission(actor, "figures.read");
  const prisma = getPrisma();
  const [counted, npus] = await Promise.all([
    prisma.$queryRaw<Counted[]>`
      SELECT "npuId", grp, ${weighted()} AS n FROM (
        SELECT f."npuId", ${outcomeGroupSql(window.asAt)} AS grp, f.w
        FROM ${syvRows(source ?? "kept", [window.current], window.asAt)} f
        WHERE ${outcomedSql(window.asAt)}
      ) f
      GROUP BY GROUPING SETS (("npuId", grp), (grp))`,
    prisma.npu.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const n = (npuId: number | null, grp?: OutcomeGroupSlug) =>
    counted
      .filter((c) => c.npuId === npuId && (grp === undefined || c.grp === grp))
      .reduce((sum, c) => sum + c.n, 0);
  const base: Drill = { ...SYV, ...inRange(window.current), outcomeby: window.asAt };
  const total = n(null);
  const period = `${window.yearLabel} year to date (${rangeLabel(window.current)})`;

  const overall: FigureTable = {
    id: "outcome-mix",
    caption: `Outcome mix, ${window.yearLabel} year to date`,
    note: `Offences in scope recorded ${period} with an outcome assigned by the as-at day, by Home Office outcome group. Offences with no outcome yet are left out.`,
    corner: "Outcome group",
    columns: ["Offences", "Share of outcomes"],
    rows: [
      ...OUTCOME_GROUPS.map((g) => ({
        head: g.label,
        cells: [
          [countPart(n(null, g.slug), { ...base, group: g.slug }, ` offences, ${g.label}`)],
          [textPart(percentage(n(null, g.slug), total))],
        ],
      })),
      {
        head: "All outcomes",
        cells: [
          [countPart(total, { ...base, outcomed: "yes" }, " offences with an outcome")],
          [textPart(total > 0 ? "100.00%" : "n/a")],
        ],
      },
    ],
    csv: {
      columns: ["Outcome group", "Offences", "Share of outcomes %"],
      rows: [
        ...OUTCOME_GROUPS.map((g) => [
          g.label,
          n(null, g.slug),
          percentNumber(percentage(n(null, g.slug), total)),
        ]),
        ["All outcomes", total, total > 0 ? 100 : "n/a"],
      ],
    },
  };

  const byNpu: FigureTable = {
    id: "outcome-mix-npu",
    caption: `Outcome mix by NPU, ${window.yearLabel} year to date`,
    note: `As the outcome mix, for each Neighbourhood Policing Unit the offence was recorded in.`,
    corner: "NPU",
    columns: [...OUTCOME_GROUPS.map((g) => g.label), "All outcomes"],
    rows: npus.map((npu) => ({
      head: npu.name,
      cells: [
        ...OUTCOME_GROUPS.map((g) => [
          countPart(
            n(npu.id, g.slug),
            { ...base, npu: String(npu.id), group: g.slug },
            ` offences, ${npu.name}, ${g.label}`,
          ),
        ]),
        [
          countPart(
            n(npu.id),
            { ...base, npu: String(npu.id), outcomed: "yes" },
            ` offences with an outcome, ${npu.name}`,
          ),
        ],
      ],
    })),
    csv: {
      columns: ["NPU", ...OUTCOME_GROUPS.map((g) => g.label), "All outcomes"],
      rows: npus.map((npu) => [npu.name, ...OUTCOME_GROUPS.map((g) => n(npu.id, g.slug)), n(npu.id)]),
    },
  };
  return [overall, byNpu];
}
