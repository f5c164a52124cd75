import { describe, expect, it } from "vitest";
import { normaliseEmail, throttledBy, throttleWindowStart } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("allows up to 4 account failures and 19 address failures", () => {
    expect(throttledBy({ accountFailures: 4, addressFailures: 19 })).toBeNull();
  });
  it("stops the 6th try on an account and the 21st from an address", () => {
    expect(throttledBy({ accountFailures: 5, addressFailures: 0 })).toBe("account");
    expect(throttledBy({ accountFailures: 0, addressFailures: 20 })).toBe("address");
  });
  it("looks back 15 minutes", () => {
    expect(throttleWindowStart(new Date("2024-01-01T10:15:00Z")).toISOString()).toBe(
      "2024-01-01T10:00:00.000Z",
    );
  });
  it("normalises emails", () => {
    expect(normaliseEmail("  Chair@Example.ORG ")).toBe("chair@example.org");
  });
});
