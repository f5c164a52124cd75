import { describe, expect, it } from "vitest";
import {
  offenceListHref,
  parseOffenceListQuery,
  readOffenceListPreferences,
  DEFAULT_PREFERENCES,
} from "@/lib/offences/schemas";

describe("parseOffenceListQuery", () => {
  it("defaults to newest recorded first, page 1 of 25", () => {
    const { query, messages } = parseOffenceListQuery({});
    expect(query).toEqual({ filters: {}, sort: "recorded", dir: "desc", page: 1, size: 25 });
    expect(messages).toEqual([]);
  });

  it("reads every filter", () => {
    const { query, messages } = parseOffenceListQuery({
      ref: "cg/12",
      name: "Smith Jo",
      from: "1/4/2022",
      to: "2023-03-31",
      year: "2022",
      npu: "3",
      hotspot: "7",
      code: "8N",
      category: "VWI",
      knife: "yes",
      u25: "no",
      status: "CHARGED",
      outcome: "0",
      recovered: "yes",
      oic: "12",
      mine: "yes",
      flagged: "no",
      sort: "npu",
      dir: "desc",
      size: "100",
      page: "500",
    });
    expect(messages).toEqual([]);
    expect(query).toEqual({
      filters: {
        ref: "CG/12",
        name: "Smith Jo",
        from: "2022-04-01",
        to: "2023-03-31",
        year: 2022,
        npu: 3,
        hotspot: 7,
        code: "8N",
        category: "VWI",
        knife: true,
        u25: false,
        status: "CHARGED",
        outcome: 0,
        recovered: true,
        oic: 12,
        mine: true,
        flagged: false,
      },
      sort: "npu",
      dir: "desc",
      page: 500,
      size: 100,
    });
  });

  it("ignores bad values with a message instead of failing", () => {
    const { query, messages } = parseOffenceListQuery({
      from: "31/2/2026",
      npu: "abc",
      code: "99Z",
      status: "LOST",
      outcome: "24",
      knife: "maybe",
      ref: "x'; drop table",
      name: "<script>",
      sort: "summary",
      dir: "sideways",
      size: "1000",
      page: "-4",
    });
    expect(query).toEqual({ filters: {}, sort: "recorded", dir: "desc", page: 1, size: 25 });
    expect(messages).toHaveLength(8);
    expect(messages[0]).toContain("Crime reference");
  });

  it("takes the first of repeated parameters and drops reversed dates", () => {
    const { query, messages } = parseOffenceListQuery({
      npu: ["2", "5"],
      from: "2024-05-01",
      to: "2024-04-01",
    });
    expect(query.filters).toEqual({ npu: 2 });
    expect(messages).toHaveLength(1);
  });

  it("defaults the direction to ascending for other columns", () => {
    expect(parseOffenceListQuery({ sort: "reference" }).query.dir).toBe("asc");
  });
});

describe("offenceListHref", () => {
  it("leaves defaults out and keeps filters, sort, size and page", () => {
    expect(offenceListHref({ form: {}, sort: "recorded", dir: "desc", page: 1, size: 25 })).toBe("/offences");
    expect(
      offenceListHref({
        form: { npu: "3", knife: "yes", ref: "" },
        sort: "npu",
        dir: "asc",
        page: 2,
        size: 50,
      }),
    ).toBe("/offences?npu=3&knife=yes&sort=npu&dir=asc&size=50&page=2");
  });

  it("round-trips through the parser", () => {
    const href = offenceListHref({
      form: { name: "O'Neil Ann", u25: "yes" },
      sort: "review",
      dir: "desc",
      page: 3,
      size: 100,
    });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    const { query } = parseOffenceListQuery(params);
    expect(query).toEqual({
      filters: { name: "O'Neil Ann", u25: true },
      sort: "review",
      dir: "desc",
      page: 3,
      size: 100,
    });
  });
});

describe("readOffenceListPreferences", () => {
  it("falls back to the defaults for anything unreadable", () => {
    expect(readOffenceListPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(readOffenceListPreferences({ columns: ["summary"], density: "compact" })).toEqual(
      DEFAULT_PREFERENCES,
    );
    expect(readOffenceListPreferences({ columns: ["npu"], density: "compact" })).toEqual({
      columns: ["npu"],
      density: "compact",
    });
  });
});

describe("parseOffenceListQuery: the figures' drill-down filters", () => {
  it("reads scrutiny scope, hotspot, outcome assigned, positive and outcome group", () => {
    const { query, messages } = parseOffenceListQuery({
      scrutiny: "yes",
      inhotspot: "no",
      outcomed: "yes",
      positive: "no",
      group: "evidential",
    });
    expect(messages).toEqual([]);
    expect(query.filters).toEqual({
      scrutiny: true,
      inhotspot: false,
      outcomed: true,
      positive: false,
      group: "evidential",
    });
  });
  it("drops an unknown outcome group with a message", () => {
    const { query, messages } = parseOffenceListQuery({ group: "charged" });
    expect(query.filters).toEqual({});
    expect(messages[0]).toMatch(/Outcome group “charged” cannot be used/);
  });
});
