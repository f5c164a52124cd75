import type { FigureTable } from "@/lib/figures/figure-table";

// The monthly trend as a server-rendered SVG bar chart (no chart library, no script). The chart is
// one image with a text alternative; the same numbers, each a link, are in the table under it for
// screen-reader and keyboard users.

const W = 960;
const H = 320;
const PAD = { top: 16, right: 16, bottom: 56, left: 48 };
/** Each month's bars, drawn in order: all SYV, then knife-used SYV over it. */
const BARS = [
  ["app-chart__bar", "total"],
  ["app-chart__bar--knife", "knife"],
] as const;

export function TrendChart({ table }: { table: FigureTable }) {
  const months = table.rows.map((r) => ({
    label: r.head,
    total: r.cells[0]?.[0]?.count ?? 0,
    knife: r.cells[1]?.[0]?.count ?? 0,
  }));
  const max = Math.max(1, ...months.map((m) => m.total));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, months.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  const first = months[0];
  const last = months[months.length - 1];
  const highest = months.reduce(
    (a, b) => (b.total > a.total ? b : a),
    months[0] ?? { label: "", total: 0, knife: 0 },
  );
  const summary =
    first && last
      ? `Bar chart of under 25 serious violence offences by month, ${first.label} to ${last.label}: ${first.total} in ${first.label}, ${last.total} in ${last.label}, highest ${highest.total} in ${highest.label}. Red bars are offences where a knife was used. The figures are in the table below.`
      : "No months to show.";

  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby="trend-chart-title trend-chart-desc"
      data-testid="trend-chart"
    >
      <title id="trend-chart-title">{table.caption}</title>
      <desc id="trend-chart-desc">{summary}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line className="app-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
          <text className="app-chart__label" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = PAD.left + i * slot + slot * 0.15;
        const w = slot * 0.7;
        return (
          <g key={m.label}>
            {BARS.map(([className, value]) => (
              <rect
                key={className}
                className={className}
                x={x}
                y={y(m[value])}
                width={w}
                height={PAD.top + plotH - y(m[value])}
              />
            ))}
            {i % 3 === 0 || i === months.length - 1 ? (
              <text className="app-chart__label" x={x + w / 2} y={H - PAD.bottom + 16} textAnchor="middle">
                {m.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line
        className="app-chart__axis"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
      />
    </svg>
  );
}

/** A round gridline step giving about five lines: 1, 2, 5, 10, 20, 50, … */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
}
