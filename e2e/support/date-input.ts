import { expect, type Locator, type Page } from "@playwright/test";

// The GOV.UK date input (components/forms/date-input.tsx): three boxes inside a group named by
// its legend. Accepts "2026-03-27" or the boxes as typed (which may be a date that does not exist).

type Boxes = { day: string; month: string; year: string };

function boxesOf(value: string | Boxes): Boxes {
  if (typeof value !== "string") return value;
  if (value === "") return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = value.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function dateGroup(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole("group", { name: legend, exact: typeof legend === "string" });
}

/** Each box of the group (day, month, year) beside the value it should hold. */
function boxesIn(scope: Page | Locator, legend: string | RegExp, value: string | Boxes): [Locator, string][] {
  const group = dateGroup(scope, legend);
  const boxes = boxesOf(value);
  return (["Day", "Month", "Year"] as const).map((label) => [
    group.getByLabel(label, { exact: true }),
    boxes[label.toLowerCase() as keyof Boxes],
  ]);
}

export async function fillDate(
  scope: Page | Locator,
  legend: string | RegExp,
  value: string | Boxes,
): Promise<void> {
  for (const [box, text] of boxesIn(scope, legend, value)) await box.fill(text);
}

export async function expectDate(
  scope: Page | Locator,
  legend: string | RegExp,
  value: string | Boxes,
): Promise<void> {
  for (const [box, text] of boxesIn(scope, legend, value)) await expect(box).toHaveValue(text);
}
