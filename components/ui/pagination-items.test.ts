import { describe, expect, it } from "vitest";
import { paginationItems } from "./pagination-items";

describe("paginationItems", () => {
  it("shows nothing for a single page", () => {
    expect(paginationItems(1, 1)).toEqual([]);
    expect(paginationItems(1, 0)).toEqual([]);
  });

  it("shows every page when there are few", () => {
    expect(paginationItems(1, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("puts ellipses around the current page's neighbours", () => {
    expect(paginationItems(10, 40)).toEqual([1, "ellipsis", 9, 10, 11, "ellipsis", 40]);
  });

  it("shows a single-page gap as the page, not an ellipsis", () => {
    expect(paginationItems(4, 10)).toEqual([1, 2, 3, 4, 5, "ellipsis", 10]);
  });

  it("clamps an out-of-range current page", () => {
    expect(paginationItems(99, 5)).toEqual([1, "ellipsis", 4, 5]);
    expect(paginationItems(-1, 5)).toEqual([1, 2, "ellipsis", 5]);
  });
});
