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

export async function fillDate(
  scope: Page | Locator,
  legend: string | RegExp,
  value: string | Boxes,
): Promise<void> {
  const group = dateGroup(scope, legend);
  const boxes = boxesOf(value);
  await group.getByLabel("Day", { exact: true }).fill(boxes.day);
  await group.getByLabel("Month", { exact: true }).fill(boxes.month);
  await group.getByLabel("Year", { exact: true }).fill(boxes.year);
}

export async function expectDate(
  scope: Page | Locator,
  legend: string | RegExp,
  value: string | Boxes,
): Promise<void> {
  const group = dateGroup(scope, legend);
  const boxes = boxesOf(value);
  await expect(group.getByLabel("Day", { exact: true })).toHaveValue(boxes.day);
  await expect(group.getByLabel("Month", { exact: true })).toHaveValue(boxes.month);
  await expect(group.getByLabel("Year", { exact: true })).toHaveValue(boxes.year);
}
