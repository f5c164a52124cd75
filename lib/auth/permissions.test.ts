import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/enums";
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

  // What the role may and may not do, by the roles table's row. (The other roles' rows are spelt out
  // in full below: for those the table lists everything they may do.)
  it.each([
    {
      role: "CHAIR",
      row: "reads everything incl. restricted intelligence; publishes, runs, decides, manages actions",
      may: [
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
      ],
      // Reads, does not edit case records; no administration.
      mayNot: [
        "offences.write",
        "persons.write",
        "intel.write",
        "imports.run",
        "users.manage",
        "audit.read",
        // Issue 17: the chair reads the patrol evaluation; analysts record deployments and dosage.
        "patrols.record",
      ],
    },
    {
      role: "ANALYST",
      row: "all case data incl. restricted; edits offences, persons, intel; imports; drafts packs; exports",
      may: [
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
      ],
      mayNot: [
        "meetings.publish",
        "meetings.run",
        "decisions.record",
        "actions.manage",
        "users.manage",
        "audit.read",
      ],
    },
  ] satisfies { role: Role; row: string; may: Permission[]; mayNot: Permission[] }[])(
    "$role: $row",
    ({ role, may, mayNot }) => {
      for (const p of may) expect(can(role, p), p).toBe(true);
      for (const p of mayNot) expect(can(role, p), p).toBe(false);
    },
  );

  // These rows list everything the role may do: the role has exactly that, and the permissions
  // named are refused (among them those the row says it never has).
  it.each([
    {
      role: "INVESTIGATOR",
      row: "offences, persons, P-coded intel; own investigations and actions; adds intel; flags",
      exactly: [
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
      ],
      mayNot: [
        "intel.restricted.read",
        "intel.grade",
        "offences.write",
        "investigations.reassign",
        "actions.manage",
      ],
    },
    {
      role: "PARTNER",
      row: "only referrals to their provider and minimal person details; never intelligence or investigations",
      exactly: [
        "referrals.read.own-provider",
        "referrals.update.own-provider",
        "persons.read.minimal",
        "hotspots.read",
        "actions.read.own",
        "actions.update.own",
        "views.save",
      ],
      mayNot: [
        ...INTEL,
        // Issue 17: hotspot boundaries, never an offence or a figure.
        "offences.read",
        "figures.read",
        ...PERMISSIONS.filter((x) => x.startsWith("investigations.")),
        "persons.read",
        "referrals.read",
      ],
    },
    {
      role: "ADMIN",
      row: "users, reference data, audit log; no case data at all",
      exactly: [
        "users.manage",
        "accounts.approve",
        "reference.manage",
        "audit.read",
        "audit.person-views.read",
        "harm-weights.manage",
      ],
      mayNot: [...CASE_DATA, ...INTEL],
    },
  ] satisfies { role: Role; row: string; exactly: Permission[]; mayNot: Permission[] }[])(
    "$role: $row",
    ({ role, exactly, mayNot }) => {
      expect(new Set(permissionsFor(role))).toEqual(new Set(exactly));
      for (const p of mayNot) expect(can(role, p), p).toBe(false);
    },
  );

  it("issue 18: every role with a list saves views; only the chair shares them", () => {
    for (const role of ROLES) expect(can(role, "views.save"), role).toBe(role !== "ADMIN");
    for (const role of ROLES) expect(can(role, "views.share"), role).toBe(role === "CHAIR");
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
