import { describe, expect, it } from "vitest";
import { ReferralState } from "@/lib/generated/prisma/enums";
import { ENDED_REFERRAL_STATES, OPEN_REFERRAL_STATES, isOpenReferral } from "./rules";

describe("referral states", () => {
  it("splits every state into open or ended, exactly once", () => {
    const all = Object.values(ReferralState);
    expect([...OPEN_REFERRAL_STATES, ...ENDED_REFERRAL_STATES].sort()).toEqual([...all].sort());
    expect(all.filter(isOpenReferral)).toEqual(["REFERRED", "CONTACTED", "ENGAGED"]);
  });
});
