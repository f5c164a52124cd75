import { describe, expect, it } from "vitest";
import { arrivedOverHttps, contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

describe("contentSecurityPolicy", () => {
  it("is strict in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", development: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over https", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })).toHaveProperty("Strict-Transport-Security");
  });
});

describe("arrivedOverHttps", () => {
  it("trusts the first X-Forwarded-Proto hop", () => {
    expect(arrivedOverHttps("https", "http:")).toBe(true);
    expect(arrivedOverHttps("http, https", "http:")).toBe(false);
    expect(arrivedOverHttps(null, "https:")).toBe(true);
    expect(arrivedOverHttps(null, "http:")).toBe(false);
  });
});

describe("newNonce", () => {
  it("is fresh each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the map tile server in the CSP (issue 17)", () => {
  it("adds the tile server's origin to img-src only when one is configured", () => {
    const base = { nonce: "n", development: false, https: true };
    expect(contentSecurityPolicy(base)).toContain("img-src 'self' data:;");
    expect(contentSecurityPolicy({ ...base, tileOrigin: "https://gis.force.example" })).toContain(
      "img-src 'self' data: https://gis.force.example;",
    );
  });
});
