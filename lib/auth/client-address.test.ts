import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  parseTrustedProxies,
  resolveClientAddress,
} from "./client-address";

const none = parseTrustedProxies("");
const balancer = parseTrustedProxies("10.0.0.0/8, 192.0.2.4, 2001:db8:1::/48");

/** resolveClientAddress for a request from `peer` carrying `forwardedFor`, with these proxies trusted. */
const resolve = (
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: ReturnType<typeof parseTrustedProxies>,
) => resolveClientAddress({ peer, forwardedFor, trusted });

describe("resolveClientAddress", () => {
  // Issue 13 item 2: the last X-Forwarded-For entry was trusted even when the app was reached
  // directly, so a changing header reset the per-address sign-in limit.
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(resolve("127.0.0.1", "203.0.113.9", none)).toBe("127.0.0.1");
    expect(resolve("198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
    expect(resolve("::ffff:198.51.100.7", undefined, none)).toBe("198.51.100.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolve("198.51.100.7", "203.0.113.9", balancer)).toBe("198.51.100.7");
  });

  it("behind trusted proxies, takes the nearest address that is not one of them", () => {
    expect(resolve("10.1.2.3", "203.0.113.9", balancer)).toBe("203.0.113.9");
    // The client wrote the first entry itself; the balancer appended what it saw.
    expect(resolve("10.1.2.3", "6.6.6.6, 203.0.113.9", balancer)).toBe("203.0.113.9");
    // Two trusted hops.
    expect(resolve("::ffff:10.1.2.3", ["203.0.113.9, 192.0.2.4"], balancer)).toBe("203.0.113.9");
    expect(resolve("2001:db8:1::5", "2001:db8:ffff::1", balancer)).toBe("2001:db8:ffff::1");
    // A trusted proxy that forwarded nothing: the proxy itself is all we know.
    expect(resolve("10.1.2.3", undefined, balancer)).toBe("10.1.2.3");
    expect(resolve("10.1.2.3", "10.9.9.9", balancer)).toBe("10.9.9.9");
  });

  it("marks junk instead of trusting it", () => {
    expect(resolve("10.1.2.3", "<script>", balancer)).toBe("invalid");
    expect(resolve(undefined, "203.0.113.9", none)).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDR ranges, IPv4 and IPv6", () => {
    const list = parseTrustedProxies(" 10.0.0.0/8 ,192.0.2.4, 2001:db8::/32 ");
    expect(list.check("10.200.0.1", "ipv4")).toBe(true);
    expect(list.check("192.0.2.4", "ipv4")).toBe(true);
    expect(list.check("192.0.2.5", "ipv4")).toBe(false);
    expect(list.check("2001:db8::9", "ipv6")).toBe(true);
  });

  it("refuses anything else, naming the entry", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, example.org")).toThrow(/example\.org/);
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/10\.0\.0\.0\/99/);
  });
});

describe("clientAddressFrom", () => {
  it("reads only the address the server resolved, never a forwarded header", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "203.0.113.9" })).toBe("unknown");
    expect(clientAddressFrom(new Headers({ "x-real-ip": "203.0.113.9" }))).toBe("unknown");
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4", "x-forwarded-for": "1.2.3.4" })).toBe(
      "198.51.100.4",
    );
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "<script>" })).toBe("invalid");
  });
});
