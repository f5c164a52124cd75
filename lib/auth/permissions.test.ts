import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, permissionsFor, ROLE_PERMISSIONS, ROLES, type Permission } from "./permissions";

// Each expectation quotes docs/domain.md's roles table. If a change here is needed, docs/domain.md changes
// first: this file is the check that the code says what the table says.

const CASE_DATA: Permission[] = [
  "offences.read",
  "offences.write",
  "persons.read",
  "persons.read.minimal",
  "persons.write",
  "investigations.read",
  "investigations.update.own",
  "investigations.flag",
  "investigations.reassign",
  "groups.read",
  "groups.write",
  "referrals.read",
  "referrals.read.own-provider",
  "referrals.update.own-provider",
  "referrals.create",
  "meetings.read",
  "actions.read",
  "figures.read",
  "figures.export",
];
const INTEL = PERMISSIONS.filter((p) => p.startsWith("intel."));

describe("role → permission table (docs/domain.md)", () => {
  it("has no duplicates and only known permissions", () => {
    for (const role of ROLES) {
      const list = ROLE_PERMISSIONS[role];
      expect(new Set(list).size, role).toBe(list.length);
      for (const p of list) expect(PERMISSIONS).toContain(p);
    }
  });

  it("CHAIR: reads everything incl. restricted intelligence; publishes, runs, decides, manages actions", () => {
    for (const p of [
      "offences.read",
      "persons.read",
      "investigations.read",
      "groups.read",
      "intel.read",
      "intel.restricted.read",
      "referrals.read",
      "meetings.read",
      "actions.read",
      "figures.read",
      "meetings.publish",
      "meetings.run",
      "decisions.record",
      "actions.manage",
      "audit.person-views.read",
      "patrols.read",
    ] as const)
      expect(can("CHAIR", p), p).toBe(true);
    // Reads, does not edit case records; no administration.
    for (const p of [
      "offences.write",
      "persons.write",
      "intel.write",
      "imports.run",
      "users.manage",
      "audit.read",
      // Issue 17: the chair reads the patrol evaluation; analysts record deployments and dosage.
      "patrols.record",
    ] as const)
      expect(can("CHAIR", p), p).toBe(false);
  });

  it("ANALYST: all case data incl. restricted; edits offences, persons, intel; imports; drafts packs; exports", () => {
    for (const p of [
      "offences.read",
      "persons.read",
      "intel.read",
      "intel.restricted.read",
      "offences.write",
      "persons.write",
      "intel.submit",
      "intel.write",
      "intel.grade",
      "imports.run",
      "meetings.prepare",
      "figures.read",
      "figures.export",
      "patrols.read",
      "patrols.record",
    ] as const)
      expect(can("ANALYST", p), p).toBe(true);
    for (const p of [
      "meetings.publish",
      "meetings.run",
      "decisions.record",
      "actions.manage",
      "users.manage",
      "audit.read",
    ] as const)
      expect(can("ANALYST", p), p).toBe(false);
  });

  it("INVESTIGATOR: offences, persons, P-coded intel; own investigations and actions; adds intel; flags", () => {
    expect(new Set(permissionsFor("INVESTIGATOR"))).toEqual(
      new Set([
        "offences.read",
        "persons.read",
        "investigations.read",
        "investigations.update.own",
        "investigations.flag",
        "hotspots.read",
        "engagement.read",
        "intel.read",
        "intel.submit",
        "referrals.create",
        "actions.read.own",
        "actions.update.own",
        "views.save",
      ]),
    );
    expect(can("INVESTIGATOR", "intel.restricted.read")).toBe(false);
    expect(can("INVESTIGATOR", "intel.grade")).toBe(false);
    expect(can("INVESTIGATOR", "offences.write")).toBe(false);
    expect(can("INVESTIGATOR", "investigations.reassign")).toBe(false);
    expect(can("INVESTIGATOR", "actions.manage")).toBe(false);
  });

  it("issue 18: every role with a list saves views; only the chair shares them", () => {
    for (const role of ROLES) expect(can(role, "views.save"), role).toBe(role !== "ADMIN");
    for (const role of ROLES) expect(can(role, "views.share"), role).toBe(role === "CHAIR");
  });

  it("PARTNER: only referrals to their provider and minimal person details; never intelligence or investigations", () => {
    expect(new Set(permissionsFor("PARTNER"))).toEqual(
      new Set([
        "referrals.read.own-provider",
        "referrals.update.own-provider",
        "persons.read.minimal",
        "hotspots.read",
        "actions.read.own",
        "actions.update.own",
        "views.save",
      ]),
    );
    for (const p of INTEL) expect(can("PARTNER", p), p).toBe(false);
    // Issue 17: hotspot boundaries, never an offence or a figure.
    expect(can("PARTNER", "offences.read")).toBe(false);
    expect(can("PARTNER", "figures.read")).toBe(false);
    for (const p of PERMISSIONS.filter((x) => x.startsWith("investigations.")))
      expect(can("PARTNER", p), p).toBe(false);
    expect(can("PARTNER", "persons.read")).toBe(false);
    expect(can("PARTNER", "referrals.read")).toBe(false);
  });

  it("ADMIN: users, reference data, audit log; no case data at all", () => {
    expect(new Set(permissionsFor("ADMIN"))).toEqual(
      new Set([
        "users.manage",
        "accounts.approve",
        "reference.manage",
        "audit.read",
        "audit.person-views.read",
        "harm-weights.manage",
      ]),
    );
    for (const p of [...CASE_DATA, ...INTEL]) expect(can("ADMIN", p), p).toBe(false);
  });

  it("engagement plans (issue 17): chair and analysts keep them, investigators read, partners and admin nothing", () => {
    expect(ROLES.filter((r) => can(r, "engagement.write"))).toEqual(["CHAIR", "ANALYST"]);
    expect(ROLES.filter((r) => can(r, "engagement.read"))).toEqual(["CHAIR", "ANALYST", "INVESTIGATOR"]);
  });

  it("only CHAIR and ANALYST read restricted (C-coded) intelligence", () => {
    expect(ROLES.filter((r) => can(r, "intel.restricted.read"))).toEqual(["CHAIR", "ANALYST"]);
  });

  it("a case role or a case-role password is approved by another administrator or the chair only (issue 13.14)", () => {
    expect(ROLES.filter((r) => can(r, "accounts.approve"))).toEqual(["CHAIR", "ADMIN"]);
  });

  it("'who viewed this person' is for chair and admin only", () => {
    expect(ROLES.filter((r) => can(r, "audit.person-views.read"))).toEqual(["CHAIR", "ADMIN"]);
  });

  it("only administrators manage users and read the whole audit log", () => {
    expect(ROLES.filter((r) => can(r, "users.manage"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "audit.read"))).toEqual(["ADMIN"]);
  });

  it("only CHAIR and ANALYST reassign forum actions (issue 6); only CHAIR raises and closes any", () => {
    expect(ROLES.filter((r) => can(r, "actions.reassign"))).toEqual(["CHAIR", "ANALYST"]);
    expect(ROLES.filter((r) => can(r, "actions.manage"))).toEqual(["CHAIR"]);
  });

  it("every permission is granted to some role", () => {
    for (const p of PERMISSIONS)
      expect(
        ROLES.some((r) => can(r, p)),
        p,
      ).toBe(true);
  });

  it("accepts an actor-like object", () => {
    expect(can({ role: "ANALYST" }, "figures.export")).toBe(true);
  });
});
