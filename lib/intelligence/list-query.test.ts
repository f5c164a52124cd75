import { describe, expect, it } from "vitest";
import { intelListHref, parseIntelListQuery } from "@/lib/intelligence/list-query";

describe("parseIntelListQuery", () => {
  it("reads filters, sort and page from the URL", () => {
    const { query, messages } = parseIntelListQuery({
      q: "machete",
      source: "S1",
      handling: "C",
      from: "1/4/2025",
      sort: "reference",
      dir: "asc",
      page: "3",
      size: "50",
    });
    expect(messages).toEqual([]);
    expect(query).toEqual({
      filters: { q: "machete", source: "S1", handling: "C", from: "2025-04-01" },
      sort: "reference",
      dir: "asc",
      page: 3,
      size: 50,
    });
  });
  it("drops what cannot be used, saying so, and falls back to the defaults", () => {
    const { query, messages } = parseIntelListQuery({
      source: "S4",
      assessment: "F",
      to: "31/2/2025",
      sort: "nope",
      page: "-2",
      size: "7",
    });
    expect(query).toEqual({ filters: {}, sort: "received", dir: "desc", page: 1, size: 25 });
    expect(messages).toHaveLength(3);
  });
  it("ignores a date range that ends before it starts", () => {
    const { query, messages } = parseIntelListQuery({ from: "2/1/2026", to: "1/1/2026" });
    expect(query.filters).toEqual({});
    expect(messages[0]).toMatch(/before/);
  });
});

describe("intelListHref", () => {
  it("leaves defaults out and keeps the rest", () => {
    expect(intelListHref({ form: {}, sort: "received", dir: "desc", page: 1, size: 25 })).toBe(
      "/intelligence",
    );
    expect(
      intelListHref({ form: { handling: "P", q: "" }, sort: "grading", dir: "asc", page: 2, size: 100 }),
    ).toBe("/intelligence?handling=P&sort=grading&dir=asc&size=100&page=2");
  });
});
