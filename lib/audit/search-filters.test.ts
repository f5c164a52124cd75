import { describe, expect, it } from "vitest";
import { auditSearchHref, parseAuditSearch, parseUkDate } from "./search-filters";

describe("parseUkDate", () => {
  it("reads UK and ISO dates and refuses impossible ones", () => {
    expect(parseUkDate("27/3/2026")).toBe("2026-03-27");
    expect(parseUkDate("2026-03-27")).toBe("2026-03-27");
    expect(parseUkDate("31/2/2026")).toBeNull();
    expect(parseUkDate("yesterday")).toBeNull();
  });
});

describe("parseAuditSearch", () => {
  it("turns the URL into criteria, the 'to' day included", () => {
    const parsed = parseAuditSearch({
      user: " taylor ",
      entityType: "user",
      entityId: "12",
      from: "1/7/2026",
      to: "2/7/2026",
      page: "3",
    });
    expect(parsed.errors).toEqual({});
    expect(parsed.page).toBe(3);
    expect(parsed.criteria).toEqual({
      user: "taylor",
      entityType: "user",
      entityId: "12",
      fromInstant: new Date("2026-06-30T23:00:00.000Z"),
      toInstant: new Date("2026-07-02T23:00:00.000Z"),
    });
  });

  it("reports bad dates on their field and drops unusable filters", () => {
    const parsed = parseAuditSearch({
      from: "32/1/2026",
      to: "",
      event: "drop table",
      entityType: "Person; --",
      category: "NOPE",
      page: "-1",
    });
    expect(parsed.errors).toEqual({ from: expect.stringMatching(/real date/) });
    expect(parsed.criteria).toEqual({});
    expect(parsed.page).toBe(1);
    expect(parseAuditSearch({ from: "2/1/2026", to: "1/1/2026" }).errors).toEqual({
      to: expect.stringMatching(/after date from/),
    });
  });

  it("keeps a known event and category", () => {
    expect(parseAuditSearch({ event: "user.disabled", category: "SECURITY" }).criteria).toEqual({
      event: "user.disabled",
      category: "SECURITY",
    });
  });
});

describe("auditSearchHref", () => {
  it("keeps only the filters that are set", () => {
    expect(auditSearchHref({ user: "a b", event: "" }, 2)).toBe("/admin/audit?user=a+b&page=2");
    expect(auditSearchHref({})).toBe("/admin/audit");
  });
});
