import type { ReactNode } from "react";
import type { ChartValue } from "@/lib/figures/charts";

// The frame every /figures chart shares (issue 17): a visible caption, then the SVG as one image
// whose accessible name summarises it (the table under the chart is the full, linked equivalent).
// Server-rendered markup only: no script, and no style attributes, which the CSP would refuse
// (colours and patterns come from classes in app/styles/_figures.scss).

export const CHART_WIDTH = 960;
const CHART_FONT = 14;

type Props = {
  chart: { id: string; title: string; summary: string };
  height: number;
  /** Legend entries drawn along the top of the chart: a swatch (shape) and its words. */
  legend: { swatch: ReactNode; text: string }[];
  children: ReactNode;
};

export function ChartFrame({ chart: { id, title, summary }, height, legend, children }: Props) {
  return (
    <figure className="app-chart-figure" data-testid={`chart-${id}`}>
      <figcaption className="govuk-heading-s govuk-!-margin-bottom-2">Chart: {title}</figcaption>
      <svg
        className="app-chart"
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-label={`${summary} The figures are in the table below.`}
      >
        <ChartPatterns id={id} />
        {legend.map((entry, i) => {
          const x = 8 + i * 300;
          return (
            <g key={entry.text} transform={`translate(${x} 6)`}>
              {entry.swatch}
              <text className="app-chart__label" x={26} y={14}>
                {entry.text}
              </text>
            </g>
          );
        })}
        {children}
      </svg>
    </figure>
  );
}

/** The hatch that marks the second series, so no series is told apart by colour alone. */
export function hatchId(id: string): string {
  return `chart-${id}-hatch`;
}

function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={hatchId(id)}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect className="app-chart__hatch-ground" width={6} height={6} />
        <line className="app-chart__hatch-line" x1={0} y1={0} x2={0} y2={6} />
      </pattern>
    </defs>
  );
}

/** A legend swatch: series 0 solid, series 1 hatched (the same fills as the bars). */
export function SeriesSwatch({ id, series }: { id: string; series: number }) {
  return <SeriesRect id={id} series={series} x={0} y={2} width={18} height={14} />;
}

type RectProps = { id: string; series: number; x: number; y: number; width: number; height: number };

/** A bar of a series: solid blue, or hatched vermillion with an outline (Okabe-Ito colours). */
export function SeriesRect({ id, series, ...box }: RectProps) {
  return series === 0 ? (
    <rect className="app-chart__fill--solid" {...box} />
  ) : (
    <rect className="app-chart__fill--hatched" fill={`url(#${hatchId(id)})`} {...box} />
  );
}

/** A printed number, naming the table cell it came from (the e2e compares the two). */
export function ValueLabel({
  value,
  x,
  y,
  strong,
}: {
  value: ChartValue;
  x: number;
  y: number;
  strong?: boolean;
}) {
  return (
    <text
      className={strong ? "app-chart__value" : "app-chart__label"}
      x={x}
      y={y + CHART_FONT / 3}
      data-row={value.row}
      data-column={value.column}
    >
      {value.text}
    </text>
  );
}

/** Vertical gridlines across the plot, each labelled under it. */
export function GridLines({
  ticks,
  top,
  bottom,
}: {
  ticks: { x: number; text: string }[];
  top: number;
  bottom: number;
}) {
  return ticks.map((t) => (
    <g key={t.text}>
      <line className="app-chart__grid" x1={t.x} x2={t.x} y1={top} y2={bottom} />
      <text className="app-chart__label" x={t.x} y={bottom + 20} textAnchor="middle">
        {t.text}
      </text>
    </g>
  ));
}

/** A row's name (a year, an NPU, a category), right-aligned against the plot. */
export function RowLabel({ text, x, y }: { text: string; x: number; y: number }) {
  return (
    <text className="app-chart__label app-chart__label--strong" x={x} y={y + CHART_FONT / 3} textAnchor="end">
      {text}
    </text>
  );
}
