import { scaleBand, scaleLinear } from "d3-scale";
import type { ChangeChartData, Direction } from "@/lib/figures/charts";
import { ChartFrame, GridLines, RowLabel, SeriesRect, ValueLabel } from "./chart-frame";

// The year-to-date % change per category as bars either side of zero, each with an up or down
// marker (a shape, not only a colour) and the table's own "% change" and "this year vs last year"
// text in columns on the right.

const LEFT = 210; // category names
const PLOT_RIGHT = 690; // then the marker, the % change and the counts
const TOP = 36;
const BOTTOM = 28;
const ROW = 30;

export function ChangeChart({ chart }: { chart: ChangeChartData }) {
  const plotH = chart.items.length * ROW;
  const height = TOP + plotH + BOTTOM;
  const reach = Math.max(10, ...chart.items.map((i) => Math.abs(i.change.value ?? 0)));
  const x = scaleLinear().domain([-reach, reach]).range([LEFT, PLOT_RIGHT]).nice();
  const rows = scaleBand()
    .domain(chart.items.map((i) => i.label))
    .range([TOP, TOP + plotH])
    .padding(0.2);
  const zero = x(0);

  return (
    <ChartFrame
      chart={chart}
      height={height}
      legend={[
        { text: "Up: more offences than a year earlier", swatch: <Marker direction="up" x={9} y={9} /> },
        { text: "Down: fewer offences", swatch: <Marker direction="down" x={9} y={9} /> },
        { text: "Unchanged", swatch: <Marker direction="same" x={9} y={9} /> },
      ]}
    >
      <GridLines ticks={x.ticks(5).map((t) => ({ x: x(t), text: `${t}%` }))} top={TOP} bottom={TOP + plotH} />
      {chart.items.map((item) => {
        const top = rows(item.label) ?? TOP;
        const mid = top + rows.bandwidth() / 2;
        const end = x(item.change.value ?? 0);
        return (
          <g key={item.label}>
            <RowLabel text={item.label} x={LEFT - 8} y={mid} />
            {end !== zero ? (
              <SeriesRect
                id={chart.id}
                series={item.direction === "up" ? 1 : 0}
                x={Math.min(zero, end)}
                y={top}
                width={Math.abs(end - zero)}
                height={rows.bandwidth()}
              />
            ) : null}
            <Marker direction={item.direction} x={PLOT_RIGHT + 20} y={mid} />
            <ValueLabel value={item.change} x={PLOT_RIGHT + 36} y={mid} strong />
            <ValueLabel value={item.counts} x={PLOT_RIGHT + 110} y={mid} />
          </g>
        );
      })}
      <line className="app-chart__axis" x1={zero} x2={zero} y1={TOP} y2={TOP + plotH} />
    </ChartFrame>
  );
}

/** ▲ up (vermillion), ▼ down (blue), ● unchanged: drawn shapes, so they print and need no font. */
function Marker({ direction, x, y }: { direction: Direction; x: number; y: number }) {
  if (direction === "same")
    return <circle className="app-chart__marker--same" cx={x} cy={y} r={5} data-direction="same" />;
  const d =
    direction === "up"
      ? `M${x},${y - 7} L${x + 7},${y + 6} L${x - 7},${y + 6} Z`
      : `M${x},${y + 7} L${x + 7},${y - 6} L${x - 7},${y - 6} Z`;
  return <path className={`app-chart__marker--${direction}`} d={d} data-direction={direction} />;
}
