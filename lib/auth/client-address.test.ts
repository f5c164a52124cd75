import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("takes the last X-Forwarded-For entry (the one the nearest proxy wrote)", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" })).toBe("10.0.0.2");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("unwraps IPv4-mapped IPv6 and accepts IPv6", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddressFrom({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, then 'unknown'; rejects junk", () => {
    expect(clientAddressFrom({ "x-real-ip": "192.0.2.8" })).toBe("192.0.2.8");
    expect(clientAddressFrom({})).toBe("unknown");
    expect(clientAddressFrom({ "x-forwarded-for": "<script>" })).toBe("invalid");
    expect(clientAddressFrom({ "x-forwarded-for": "1".repeat(100) })).toBe("invalid");
  });
});
