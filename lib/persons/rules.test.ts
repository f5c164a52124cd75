import { describe, expect, it } from "vitest";
import { dateOfBirthProblem, parseOffenceContext, personFlags } from "@/lib/persons/rules";
import { displayName } from "@/lib/labels/person-name";
import { ageOn, dbDateOf as d } from "@/lib/dates/day";

const today = d("2026-11-27");

describe("ageOn", () => {
  it("counts whole years, turning on the birthday", () => {
    expect(ageOn(d("2008-11-27"), today)).toBe(18);
    expect(ageOn(d("2008-11-28"), today)).toBe(17);
    expect(ageOn(d("2008-12-01"), today)).toBe(17);
  });
  it("handles 29 February", () => {
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18);
  });
});

describe("dateOfBirthProblem", () => {
  it("refuses a date in the future", () => {
    expect(dateOfBirthProblem(d("2026-11-28"), today)).toMatch(/today or in the past/);
  });
  it("refuses an age over 120 (a victim of 140)", () => {
    expect(dateOfBirthProblem(d("1886-01-01"), today)).toMatch(/120 or younger/);
    expect(dateOfBirthProblem(d("1906-11-27"), today)).toBeNull();
  });
  it("accepts today", () => {
    expect(dateOfBirthProblem(today, today)).toBeNull();
  });
});

describe("personFlags", () => {
  const base = {
    dateOfBirth: d("1990-01-01"),
    vulnerable: false,
    appearances: [],
    activeGroupMemberships: 0,
    today,
  };
  /** The flags of an adult with these appearances (a role and the day of the offence). */
  const flagsOf = (...appearances: ["VICTIM" | "SUSPECT" | "OFFENDER", string][]) =>
    personFlags({ ...base, appearances: appearances.map(([role, day]) => ({ role, occurredOn: d(day) })) });

  it("has no flags for an adult with no history", () => {
    expect(personFlags(base)).toEqual([]);
  });
  it("flags a repeat victim only within a rolling 12 months", () => {
    expect(flagsOf(["VICTIM", "2026-01-10"], ["VICTIM", "2026-10-01"])).toContain("REPEAT_VICTIM");
    expect(flagsOf(["VICTIM", "2025-11-01"], ["VICTIM", "2026-10-01"])).not.toContain("REPEAT_VICTIM");
  });
  it("counts suspect and offender together for repeat offending", () => {
    expect(flagsOf(["SUSPECT", "2026-03-01"], ["OFFENDER", "2026-09-01"])).toContain("REPEAT_OFFENDER");
  });
  it("flags victim-and-suspect at any time", () => {
    const flags = flagsOf(["VICTIM", "2019-03-01"], ["SUSPECT", "2026-09-01"]);
    expect(flags).toContain("VICTIM_AND_SUSPECT");
    expect(flags).not.toContain("REPEAT_OFFENDER");
  });
  it("flags under 25, vulnerable and group membership", () => {
    expect(
      personFlags({ ...base, dateOfBirth: d("2002-11-28"), vulnerable: true, activeGroupMemberships: 1 }),
    ).toEqual(["UNDER_25", "VULNERABLE", "GROUP_MEMBER"]);
    expect(personFlags({ ...base, dateOfBirth: d("2001-11-27") })).not.toContain("UNDER_25");
    expect(personFlags({ ...base, dateOfBirth: null })).not.toContain("UNDER_25");
  });
});

describe("URL parsing", () => {
  it("accepts only an offence context", () => {
    expect(parseOffenceContext("offence:12")).toBe(12);
    expect(parseOffenceContext("meeting:12")).toBeNull();
    expect(parseOffenceContext("offence:0")).toBeNull();
    expect(parseOffenceContext(["offence:1"])).toBeNull();
  });
  it("shows surname first", () => {
    expect(displayName({ surname: "Smith", forenames: "John Paul" })).toBe("SMITH, John Paul");
    expect(displayName({ surname: "Smith", forenames: "" })).toBe("SMITH");
  });
});
