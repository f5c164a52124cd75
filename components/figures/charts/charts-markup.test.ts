import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { BarChartData, ChangeChartData } from "@/lib/figures/charts";
import { BarChart } from "./bar-chart";
import { ChangeChart } from "./change-chart";

// The charts' markup as the server sends it: one named image each, nothing the CSP would refuse
// (no style attributes, no script), and the labels and markers the e2e reads.

const bars: BarChartData = {
  id: "npu",
  title: "NPU comparison",
  summary: "Bar chart of offences by NPU: Coventry 1,234 (300 knife used).",
  unit: "count",
  series: ["Offences", "Knife used"],
  groups: [
    {
      label: "Coventry",
      bars: [
        { value: 1234, text: "1,234", row: "Coventry", column: "Offences" },
        { value: 300, text: "300", row: "Coventry", column: "Knife used" },
      ],
    },
  ],
};

const change: ChangeChartData = {
  id: "ytd",
  title: "Year-to-date change",
  summary: "Robbery up 20.0% (12 vs 10); Homicide down -50.0% (1 vs 2).",
  items: [
    {
      label: "Robbery",
      direction: "up",
      change: { value: 20, text: "20.0%", row: "% Change", column: "Robbery" },
      counts: { value: null, text: "12 vs 10", row: "Count Change", column: "Robbery" },
    },
    {
      label: "Homicide",
      direction: "down",
      change: { value: -50, text: "-50.0%", row: "% Change", column: "Homicide" },
      counts: { value: null, text: "1 vs 2", row: "Count Change", column: "Homicide" },
    },
  ],
};

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("chart markup", () => {
  it("is one image named by its summary, under a visible caption", () => {
    const html = render(createElement(BarChart, { chart: bars }));
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${bars.summary} The figures are in the table below."`);
    expect(html).toContain("<figcaption");
    expect(html).toContain("Chart: NPU comparison");
  });

  it("has no style attribute or script, so the strict CSP allows it", () => {
    for (const html of [
      render(createElement(BarChart, { chart: bars })),
      render(createElement(ChangeChart, { chart: change })),
    ]) {
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<style");
    }
  });

  it("labels each bar with its cell's text, and hatches the second series", () => {
    const html = render(createElement(BarChart, { chart: bars }));
    expect(html).toContain('data-row="Coventry" data-column="Offences">1,234</text>');
    expect(html).toContain('data-row="Coventry" data-column="Knife used">300</text>');
    expect(html).toContain('fill="url(#chart-npu-hatch)"');
    expect(html).toContain('<pattern id="chart-npu-hatch"');
  });

  it("marks a rise with an up marker and a fall with a down marker", () => {
    const html = render(createElement(ChangeChart, { chart: change }));
    const markers = [...html.matchAll(/data-direction="(\w+)"/g)].map((m) => m[1]);
    // The legend's three markers, then one per category in order.
    expect(markers).toEqual(["up", "down", "same", "up", "down"]);
    expect(html).toContain('data-column="Robbery">20.0%</text>');
    expect(html).toContain('data-column="Homicide">-50.0%</text>');
  });
});
