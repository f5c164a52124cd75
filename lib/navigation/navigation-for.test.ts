import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/navigation/navigation-for";

describe("navigationFor", () => {
  it("gives case roles their home and no administration", () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const) {
      const hrefs = navigationFor(role).map((l) => l.href);
      expect(hrefs[0]).toBe("/");
      expect(hrefs).not.toContain("/admin/users");
    }
  });

  it("shows Actions to every case-working role and Decisions to the chair and analyst (issue 6)", () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const) expect(navigationFor(role).map((l) => l.href)).toContain("/actions");
    expect(navigationFor("ADMIN").map((l) => l.href)).not.toContain("/actions");
    expect(ROLES_WITH("/decisions")).toEqual(["CHAIR", "ANALYST"]);
  });

  it("shows Meetings to the chair and analyst only", () => {
    expect(navigationFor("CHAIR").map((l) => l.href)).toContain("/meetings");
    expect(navigationFor("ANALYST").map((l) => l.href)).toContain("/meetings");
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) expect(navigationFor(role).map((l) => l.href)).not.toContain("/meetings");
  });

  it("gives the administrator administration and no case home", () => {
    expect(navigationFor("ADMIN").map((l) => l.href)).toEqual(["/admin", "/admin/users", "/admin/audit"]);
  });
});

function ROLES_WITH(href: string) {
  return (["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER", "ADMIN"] as const).filter((r) => navigationFor(r).some((l) => l.href === href));
}
