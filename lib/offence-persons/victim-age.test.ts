import { describe, expect, it } from "vitest";
import { ageAtTime, youngestVictimAge } from "@/lib/offence-persons/victim-age";
import { dbDateOf as d } from "@/lib/dates/day";

describe("youngestVictimAge", () => {
  const occurredOn = d("2026-06-15");
  it("is the youngest victim's age on the day it occurred", () => {
    expect(
      youngestVictimAge({
        occurredOn,
        victims: [{ dateOfBirth: d("2000-01-01") }, { dateOfBirth: d("2009-06-16") }],
        reportedVictimAge: 30,
      }),
    ).toBe(16);
  });
  it("falls back to the reported age when no victim's date of birth is known", () => {
    expect(youngestVictimAge({ occurredOn, victims: [{ dateOfBirth: null }], reportedVictimAge: 19 })).toBe(
      19,
    );
    expect(youngestVictimAge({ occurredOn, victims: [], reportedVictimAge: null })).toBeNull();
  });
  it("ignores a date of birth after the offence", () => {
    expect(
      youngestVictimAge({
        occurredOn,
        victims: [{ dateOfBirth: d("2027-01-01") }, { dateOfBirth: d("2001-06-15") }],
        reportedVictimAge: null,
      }),
    ).toBe(25);
  });
});

describe("ageAtTime", () => {
  it("is null without a date of birth", () => {
    expect(ageAtTime(null, d("2026-01-01"))).toBeNull();
    expect(ageAtTime(d("2010-01-02"), d("2026-01-01"))).toBe(15);
  });
});
