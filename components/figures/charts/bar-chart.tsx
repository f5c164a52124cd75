import { scaleBand, scaleLinear } from "d3-scale";
import type { BarChartData } from "@/lib/figures/charts";
import {
  CHART_WIDTH,
  ChartFrame,
  GridLines,
  RowLabel,
  SeriesRect,
  SeriesSwatch,
  ValueLabel,
} from "./chart-frame";

// Horizontal bars, one group per row and one bar per series, each bar labelled with the exact text
// of its table cell. Positions come from d3-scale on the server; the browser gets plain SVG.

const LEFT = 180; // the group labels (NPU names, years, measures)
const RIGHT = 110; // room for the value label after the longest bar
const LEGEND = 36; // a legend, when there is more than one series
const BOTTOM = 28; // the axis labels
const BAR = 22;

export function BarChart({ chart }: { chart: BarChartData }) {
  const perGroup = chart.series.length * BAR + 14;
  const plotH = chart.groups.length * perGroup;
  const plotTop = chart.series.length > 1 ? LEGEND : 8;
  const height = plotTop + plotH + BOTTOM;
  const values = chart.groups.flatMap((g) => g.bars.map((b) => b.value ?? 0));
  const x = scaleLinear()
    .domain([0, Math.max(chart.unit === "percent" ? 1 : 5, ...values)])
    .range([LEFT, CHART_WIDTH - RIGHT])
    .nice();
  const groups = scaleBand()
    .domain(chart.groups.map((g) => g.label))
    .range([plotTop, plotTop + plotH])
    .paddingInner(0.15)
    .paddingOuter(0.05);
  const bars = scaleBand().domain(chart.series).range([0, groups.bandwidth()]).paddingInner(0.1);
  const tick = (v: number) => (chart.unit === "percent" ? `${v}%` : v.toLocaleString("en-GB"));
  const ticks = x.ticks(5).filter((t) => chart.unit === "percent" || Number.isInteger(t));

  return (
    <ChartFrame
      chart={chart}
      height={height}
      legend={
        chart.series.length > 1
          ? chart.series.map((s, i) => ({ text: s, swatch: <SeriesSwatch id={chart.id} series={i} /> }))
          : []
      }
    >
      <GridLines
        ticks={ticks.map((t) => ({ x: x(t), text: tick(t) }))}
        top={plotTop}
        bottom={plotTop + plotH}
      />
      {chart.groups.map((g) => {
        const top = groups(g.label) ?? plotTop;
        return (
          <g key={g.label}>
            <RowLabel text={g.label} x={LEFT - 8} y={top + groups.bandwidth() / 2} />
            {g.bars.map((b, i) => {
              const y = top + (bars(chart.series[i] ?? "") ?? 0);
              const end = x(b.value ?? 0);
              return (
                <g key={`${b.row}|${b.column}`}>
                  {b.value !== null && b.value > 0 ? (
                    <SeriesRect
                      id={chart.id}
                      series={i}
                      x={LEFT}
                      y={y}
                      width={end - LEFT}
                      height={bars.bandwidth()}
                    />
                  ) : null}
                  <ValueLabel value={b} x={end + 6} y={y + bars.bandwidth() / 2} strong />
                </g>
              );
            })}
          </g>
        );
      })}
      <line className="app-chart__axis" x1={LEFT} x2={LEFT} y1={plotTop} y2={plotTop + plotH} />
    </ChartFrame>
  );
}
