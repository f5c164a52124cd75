import { describe, expect, it } from "vitest";
import { pageParam, pageWindow } from "./pagination";

describe("pageParam", () => {
  it("reads a page number from the URL, and anything odd as page 1", () => {
    expect(pageParam.parse("3")).toBe(3);
    for (const bad of [undefined, "", "abc", "0", "-2", "1.5", ["2", "3"], "99999999999"])
      expect(pageParam.parse(bad)).toBe(1);
  });
});

describe("pageWindow", () => {
  it("skips the earlier pages", () => {
    expect(pageWindow(3, 100, 25)).toEqual({ page: 3, totalPages: 4, skip: 50, take: 25 });
  });

  it("shows the last page for a page past the end, and page 1 of an empty list", () => {
    expect(pageWindow(9, 30, 25)).toEqual({ page: 2, totalPages: 2, skip: 25, take: 25 });
    expect(pageWindow(4, 0, 25)).toEqual({ page: 1, totalPages: 1, skip: 0, take: 25 });
  });
});
