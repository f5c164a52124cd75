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

  it("shows intelligence to chair, analyst and investigator, never to partners or the administrator", () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR"] as const)
      expect(navigationFor(role).map((l) => l.href)).toContain("/intelligence");
    for (const role of ["PARTNER", "ADMIN"] as const)
      expect(navigationFor(role).some((l) => l.href.startsWith("/intelligence"))).toBe(false);
  });

  it("gives the RMS import to analysts only", () => {
    expect(navigationFor("ANALYST").map((l) => l.href)).toContain("/imports");
    for (const role of ["CHAIR", "INVESTIGATOR", "PARTNER", "ADMIN"] as const)
      expect(navigationFor(role).map((l) => l.href)).not.toContain("/imports");
  });

  it("gives the figures and returns to the chair and analysts only", () => {
    for (const role of ["CHAIR", "ANALYST"] as const)
      expect(navigationFor(role).map((l) => l.href)).toEqual(
        expect.arrayContaining(["/figures", "/returns"]),
      );
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const)
      expect(navigationFor(role).map((l) => l.href)).not.toContain("/figures");
  });

  it("shows Actions to every case-working role and Decisions to the chair and analyst (issue 6)", () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const)
      expect(navigationFor(role).map((l) => l.href)).toContain("/actions");
    expect(navigationFor("ADMIN").map((l) => l.href)).not.toContain("/actions");
    expect(ROLES_WITH("/decisions")).toEqual(["CHAIR", "ANALYST"]);
  });

  it("shows Meetings to the chair and analyst only", () => {
    expect(navigationFor("CHAIR").map((l) => l.href)).toContain("/meetings");
    expect(navigationFor("ANALYST").map((l) => l.href)).toContain("/meetings");
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const)
      expect(navigationFor(role).map((l) => l.href)).not.toContain("/meetings");
  });

  it("shows People (the people index) to the roles that may open a person's record (issue 18)", () => {
    expect(ROLES_WITH("/persons")).toEqual(["CHAIR", "ANALYST", "INVESTIGATOR"]);
  });

  it("shows Hotspots and the Map to every case role, and Patrols to the chair and analyst (issue 17)", () => {
    expect(ROLES_WITH("/hotspots")).toEqual(["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"]);
    expect(ROLES_WITH("/map")).toEqual(["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"]);
    expect(ROLES_WITH("/patrols")).toEqual(["CHAIR", "ANALYST"]);
  });

  it("gives the administrator administration and no case home", () => {
    expect(navigationFor("ADMIN").map((l) => l.href)).toEqual([
      "/admin",
      "/admin/users",
      "/admin/audit",
      "/admin/providers",
    ]);
  });
});

function ROLES_WITH(href: string) {
  return (["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER", "ADMIN"] as const).filter((r) =>
    navigationFor(r).some((l) => l.href === href),
  );
}
