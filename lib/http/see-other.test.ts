import { describe, expect, it } from "vitest";
import { pathOf, seeOther } from "@/lib/http/see-other";

describe("seeOther", () => {
  it("answers 303 with a relative Location, whatever address the request reached", () => {
    const response = seeOther("/imports/12?error=too-large");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/imports/12?error=too-large");
  });

  it("refuses anything but a path on this site", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "imports"]) {
      expect(() => seeOther(bad)).toThrow();
    }
  });

  it("keeps a built URL's path and query, not its host", () => {
    const url = new URL("/offences/export?x=1", "http://127.0.0.1:3221");
    url.searchParams.set("missing", "reason");
    expect(pathOf(url)).toBe("/offences/export?x=1&missing=reason");
  });
});
