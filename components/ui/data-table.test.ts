import { isValidElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { Cell } from "./data-table";

// A server component's props are sent in the page's RSC payload; an absent attribute passed as
// `undefined` is still sent ("colSpan":"$undefined"). Cells are the most numerous element on the
// list and figures pages, so a cell carries only the attributes it has.

const td = (element: unknown) => {
  expect(isValidElement(element)).toBe(true);
  return (element as ReactElement<Record<string, unknown>>).props;
};

describe("Cell", () => {
  it("passes no undefined attribute to its <td>", () => {
    const props = td(Cell({ children: "x" }));
    expect(Object.entries(props).filter(([, value]) => value === undefined)).toEqual([]);
    expect(props).toEqual({ className: "govuk-table__cell", children: "x" });
  });

  it("keeps the attributes it is given", () => {
    expect(td(Cell({ numeric: true, colSpan: 3, testId: "n", className: "wide", children: 1 }))).toEqual({
      className: "govuk-table__cell govuk-table__cell--numeric wide",
      colSpan: 3,
      "data-testid": "n",
      children: 1,
    });
  });
});
