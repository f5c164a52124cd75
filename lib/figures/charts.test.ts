import { describe, expect, it } from "vitest";
import { countPart, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentChange } from "@/lib/figures/rules";
import {
  cellText,
  chartNumber,
  directionOf,
  hotspotShareChart,
  npuChart,
  outcomeRateChart,
  ytdChangeChart,
  type BarChartData,
} from "@/lib/figures/charts";

// The tables below have the shape the figures data functions return (same ids, columns and row
// heads), built from the same part helpers, so the charts are tested against what the page renders.

const csv = { columns: [], rows: [] };
const base = { note: "", csv };

function outcomeRates(): FigureTable {
  const years: [string, number, number][] = [
    ["2025/26", 9, 80],
    ["2024/25", 30, 240],
    ["2023/24", 0, 0],
  ];
  return {
    ...base,
    id: "outcome-rate",
    caption: "Serious Youth Violence Outcomes",
    corner: "Year",
    columns: ["Outcome Rate", "Positive outcomes", "Offences in scope"],
    rows: years.map(([head, positive, total]) => ({
      head,
      cells: [
        [textPart(percentage(positive, total))],
        [countPart(positive, {}, "")],
        [countPart(total, {}, "")],
      ],
    })),
  };
}

function ytd(figures: [string, number, number][]): FigureTable {
  const versus = "2025/26 vs 2024/25";
  return {
    ...base,
    id: "ytd",
    caption: "Under 25 Violence with Injury (YTD)",
    corner: "Measure",
    columns: figures.map(([label]) => label),
    rows: [
      {
        head: `% Change ${versus}`,
        cells: figures.map(([, now, before]) => [textPart(percentChange(now, before))]),
      },
      {
        head: `Count Change ${versus}`,
        cells: figures.map(([, now, before]) => [
          countPart(now, {}, " hidden name"),
          textPart(" vs "),
          countPart(before, {}, " hidden name"),
        ]),
      },
    ],
  };
}

function npus(): FigureTable {
  const rows: [string, number, number, number][] = [
    ["Birmingham East", 1234, 300, 100],
    ["Coventry", 0, 0, 0],
    ["All NPUs", 1234, 300, 100],
  ];
  return {
    ...base,
    id: "npu",
    caption: "Serious youth violence by NPU, 2025/26 year to date",
    corner: "NPU",
    columns: ["Offences", "Knife used", "Positive outcomes", "Outcome rate"],
    rows: rows.map(([head, total, knife, positive]) => ({
      head,
      cells: [
        [countPart(total, {}, " x")],
        [countPart(knife, {}, " x")],
        [countPart(positive, {}, " x")],
        [textPart(percentage(positive, total))],
      ],
    })),
  };
}

function hotspots(): FigureTable {
  const sides: [string, number, number, string][] = [
    ["Inside hotspots", 190, 184, "1.40%"],
    ["Outside hotspots", 810, 816, "98.60%"],
  ];
  return {
    ...base,
    id: "hotspots",
    caption: "Hotspots, 2025/26 year to date",
    corner: "Where",
    columns: ["Offences", "Share of offences", "Share of harm", "Area", "Share of area"],
    rows: sides.map(([head, n, harm, area]) => ({
      head,
      cells: [
        [countPart(n, {}, " x")],
        [textPart(percentage(n, 1000))],
        [textPart(percentage(harm, 1000))],
        [textPart("12 km²")],
        [textPart(area)],
      ],
    })),
  };
}

/** A bar chart as rows of [group, the bars' values or texts], for one comparison per test. */
function rowsOf(chart: BarChartData, key: "value" | "text") {
  return chart.groups.map((g) => [g.label, ...g.bars.map((b) => b[key])]);
}

/** Every labelled value of a bar chart equals the cell it names. */
function expectLabelsMatch(chart: BarChartData, table: FigureTable) {
  const values = chart.groups.flatMap((g) => g.bars);
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) expect(v.text).toBe(cellText(table, v.row, v.column));
}

describe("chart numbers", () => {
  it("reads percentages, counts with thousands separators and n/a", () => {
    expect(chartNumber("11.25%")).toBe(11.25);
    expect(chartNumber("-2.6%")).toBe(-2.6);
    expect(chartNumber("1,234")).toBe(1234);
    expect(chartNumber("n/a")).toBeNull();
  });

  it("takes a cell's visible text, not its screen-reader name", () => {
    expect(cellText(ytd([["Robbery", 12, 10]]), "Count Change 2025/26 vs 2024/25", "Robbery")).toBe(
      "12 vs 10",
    );
  });

  it("refuses a cell the table does not have", () => {
    expect(() => cellText(npus(), "Nowhere", "Offences")).toThrow(/no cell/);
  });
});

describe("outcome rate by performance year", () => {
  it("has one bar per year with the rate the table prints", () => {
    const table = outcomeRates();
    const chart = outcomeRateChart(table);
    expect(chart.groups.map((g) => g.label)).toEqual(["2025/26", "2024/25", "2023/24"]);
    expect(chart.groups.map((g) => g.bars[0]!.text)).toEqual(["11.25%", "12.50%", "n/a"]);
    expect(chart.groups.map((g) => g.bars[0]!.value)).toEqual([11.25, 12.5, null]);
    expectLabelsMatch(chart, table);
    expect(chart.summary).toContain("2025/26 11.25%");
  });
});

describe("year-to-date change per category", () => {
  const table = ytd([
    ["Robbery", 12, 10],
    ["Violence with Injury", 37, 39],
    ["Attempt Murder", 2, 2],
    ["Homicide", 1, 0],
  ]);
  const chart = ytdChangeChart(table);

  it("labels each category with its % change and counts as the table prints them", () => {
    expect(chart.items.map((i) => [i.label, i.change.text, i.counts.text])).toEqual([
      ["Robbery", "20.0%", "12 vs 10"],
      ["Violence with Injury", "-5.1%", "37 vs 39"],
      ["Attempt Murder", "0%", "2 vs 2"],
      ["Homicide", "n/a", "1 vs 0"],
    ]);
    for (const i of chart.items) {
      expect(i.change.text).toBe(cellText(table, i.change.row, i.change.column));
      expect(i.counts.text).toBe(cellText(table, i.counts.row, i.counts.column));
    }
  });

  it("marks a rise up, a fall down and no change as unchanged, by the sign of the change", () => {
    expect(chart.items.map((i) => i.direction)).toEqual(["up", "down", "same", "up"]);
    for (const i of chart.items) {
      if (i.change.value === null) continue;
      expect(Math.sign(i.change.value)).toBe({ up: 1, down: -1, same: 0 }[i.direction]);
    }
    expect(chart.summary).toContain("Robbery up 20.0% (12 vs 10)");
    expect(chart.summary).toContain("Violence with Injury down -5.1% (37 vs 39)");
  });

  it("a nothing-last-year category has no bar length but still says up", () => {
    expect(chart.items[3]!.change.value).toBeNull();
    expect(directionOf(1, 0)).toBe("up");
    expect(directionOf(0, 0)).toBe("same");
  });
});

describe("NPU comparison", () => {
  it("has offences and knife used per NPU, without the all-NPU total", () => {
    const chart = npuChart(npus());
    expect(chart.series).toEqual(["Offences", "Knife used"]);
    expect(rowsOf(chart, "value")).toEqual([
      ["Birmingham East", 1234, 300],
      ["Coventry", 0, 0],
    ]);
    expect(chart.groups[0]!.bars[0]!.text).toBe("1,234");
    expectLabelsMatch(chart, npus());
  });
});

describe("hotspot share", () => {
  it("has the inside and outside shares of offences, harm and area", () => {
    const chart = hotspotShareChart(hotspots());
    expect(chart.series).toEqual(["Inside hotspots", "Outside hotspots"]);
    expect(rowsOf(chart, "text")).toEqual([
      ["Share of offences", "19.00%", "81.00%"],
      ["Share of harm", "18.40%", "81.60%"],
      ["Share of area", "1.40%", "98.60%"],
    ]);
    expectLabelsMatch(chart, hotspots());
    expect(chart.summary).toContain("inside hotspots hold 19.00% of offences, 18.40% of harm, 1.40% of area");
  });
});
