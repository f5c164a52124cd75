import { describe, expect, it } from "vitest";
import { ReferralState } from "@/lib/generated/prisma/enums";
import {
  ENDED_REFERRAL_STATES,
  OPEN_REFERRAL_STATES,
  followUpDueOn,
  isOpenReferral,
  nextReferralStates,
  referralDateError,
  referralTransitionError,
} from "./rules";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("referral states", () => {
  it("splits every state into open or ended, exactly once", () => {
    const all = Object.values(ReferralState);
    expect([...OPEN_REFERRAL_STATES, ...ENDED_REFERRAL_STATES].sort()).toEqual([...all].sort());
    expect(all.filter(isOpenReferral)).toEqual(["REFERRED", "CONTACTED", "ENGAGED"]);
  });
});

describe("referral lifecycle", () => {
  it("allows the happy path one step at a time", () => {
    expect(referralTransitionError("REFERRED", "CONTACTED")).toBeNull();
    expect(referralTransitionError("CONTACTED", "ENGAGED")).toBeNull();
    expect(referralTransitionError("ENGAGED", "COMPLETED")).toBeNull();
  });

  it("allows ending early: declined before engaging, closed at any open step", () => {
    expect(referralTransitionError("REFERRED", "DECLINED")).toBeNull();
    expect(referralTransitionError("CONTACTED", "DECLINED")).toBeNull();
    expect(referralTransitionError("ENGAGED", "CLOSED")).toBeNull();
    expect(referralTransitionError("ENGAGED", "DECLINED")).toMatch(/cannot move to declined/);
  });

  it("refuses skipping a step, going back, staying put, and leaving an ended state", () => {
    expect(referralTransitionError("REFERRED", "ENGAGED")).toBe(
      "A referred referral cannot move to engaged: it can move to contacted, declined, closed",
    );
    expect(referralTransitionError("REFERRED", "COMPLETED")).toMatch(/cannot move to completed/);
    expect(referralTransitionError("ENGAGED", "CONTACTED")).toMatch(/cannot move to contacted/);
    expect(referralTransitionError("CONTACTED", "CONTACTED")).toBe("This referral is already contacted");
    for (const ended of ENDED_REFERRAL_STATES) {
      for (const to of Object.values(ReferralState)) {
        expect(referralTransitionError(ended, to)).toMatch(/cannot change any more/);
      }
      expect(nextReferralStates(ended)).toEqual([]);
    }
  });

  it("every open state has a way forward", () => {
    for (const open of OPEN_REFERRAL_STATES) expect(nextReferralStates(open).length).toBeGreaterThan(0);
  });
});

describe("dates", () => {
  it("refuses a change dated in the future or before the last change", () => {
    expect(referralDateError(d("2026-11-10"), d("2026-11-01"), d("2026-11-27"))).toBeNull();
    expect(referralDateError(d("2026-11-01"), d("2026-11-01"), d("2026-11-27"))).toBeNull();
    expect(referralDateError(d("2026-11-28"), d("2026-11-01"), d("2026-11-27"))).toMatch(/future/);
    expect(referralDateError(d("2026-10-31"), d("2026-11-01"), d("2026-11-27"))).toMatch(
      /before the referral's last change/,
    );
  });

  it("puts the follow-up six calendar months after completion, clamped to the month's end", () => {
    expect(followUpDueOn(d("2026-11-27"))).toEqual(d("2027-05-27"));
    expect(followUpDueOn(d("2026-08-31"))).toEqual(d("2027-02-28"));
    expect(followUpDueOn(d("2027-08-31"))).toEqual(d("2028-02-29"));
    expect(followUpDueOn(d("2026-12-31"))).toEqual(d("2027-06-30"));
  });
});
