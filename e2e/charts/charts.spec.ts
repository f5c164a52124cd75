import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";

// Issue 17: the chair reads /figures' charts. Each chart is one image with an accessible name,
// sits above its table, and every number it prints is the text of the table cell it names (read
// back from both on the screen). The up/down markers follow the table's % change. axe clean, and
// the strict CSP refuses nothing.

const CHARTS = [
  { id: "ytd", name: /^Bar chart of the year-to-date % change per category/ },
  { id: "knife-ytd", name: /^Bar chart of the year-to-date % change per category/ },
  { id: "outcome-rate", name: /^Bar chart of the serious youth violence outcome rate by performance year/ },
  { id: "npu", name: /^Bar chart of serious youth violence offences by NPU/ },
  { id: "hotspots", name: /^Bar chart of the hotspots' share/ },
] as const;

type Pair = { row: string; column: string; label: string; cell: string | null };

/** Each chart label beside the visible text of the table cell it names (hidden link names removed). */
async function labelsAndCells(page: Page, id: string): Promise<Pair[]> {
  return page.getByTestId(`chart-${id}`).evaluate((figure, tableId) => {
    const table = document.querySelector(`[data-testid="figure-table-${tableId}"] table`);
    const columns = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent?.trim());
    const visible = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll(".govuk-visually-hidden").forEach((n) => n.remove());
      return copy.textContent?.trim() ?? "";
    };
    return [...figure.querySelectorAll("text[data-row]")].map((label) => {
      const row = label.getAttribute("data-row") ?? "";
      const column = label.getAttribute("data-column") ?? "";
      const tr = [...(table?.querySelectorAll("tbody tr") ?? [])].find(
        (r) => r.querySelector("th")?.textContent?.trim() === row,
      );
      // Column 0 is the row heading; the cells follow in the header's order.
      const cell = tr?.children[columns.indexOf(column)];
      return { row, column, label: label.textContent ?? "", cell: cell ? visible(cell) : null };
    });
  }, id);
}

test("the chair reads each figures chart, its numbers equal to the table beneath it", async ({ page }) => {
  test.setTimeout(120_000);
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await signInAs(page, "chair");
  await page.goto("/figures");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Figures");

  for (const chart of CHARTS) {
    const figure = page.getByTestId(`chart-${chart.id}`);
    await expect(figure.getByRole("img", { name: chart.name })).toBeVisible();
    await expect(figure.locator("figcaption")).toContainText("Chart: ");
    // The chart's table comes straight after it, with its drill-down links as before.
    const next = await figure.evaluate((f) => f.nextElementSibling?.getAttribute("data-testid"));
    expect(next).toBe(`figure-table-${chart.id}`);
    await expect(
      page.getByTestId(`figure-table-${chart.id}`).locator("a[data-figure]").first(),
    ).toBeVisible();

    const pairs = await labelsAndCells(page, chart.id);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p.label, `${chart.id}: ${p.row} / ${p.column}`).toBe(p.cell);
  }

  // Every category of the YTD charts has one marker, up when the table's % change rises and down
  // when it falls (for "n/a", last year had none: up if this year has any).
  for (const id of ["ytd", "knife-ytd"]) {
    const pairs = (await labelsAndCells(page, id)).filter((p) => p.row.startsWith("% Change"));
    const counts = (await labelsAndCells(page, id)).filter((p) => p.row.startsWith("Count Change"));
    const markers = await page
      .getByTestId(`chart-${id}`)
      .locator("svg > g [data-direction]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-direction")));
    // The legend's three markers come first.
    expect(markers.slice(0, 3)).toEqual(["up", "down", "same"]);
    expect(markers.slice(3)).toEqual(
      pairs.map((p, i) => {
        if (p.cell === "n/a") return counts[i]!.cell!.startsWith("0 ") ? "same" : "up";
        const n = Number(p.cell!.replace("%", ""));
        return n > 0 ? "up" : n < 0 ? "down" : "same";
      }),
    );
  }

  await expectNoAxeViolations(page);
  expect(refused).toEqual([]);
});
