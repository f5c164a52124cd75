import type { Role } from "@/lib/enums";

// Permissions are data (house style): screens and actions name the permission they need, never a
// role. The map below is docs/domain.md's "Users and roles" table; permissions.test.ts pins it, so a
// change here is a deliberate change to who may see what. Importable from client components (the
// navigation uses `can`), so it holds no secrets and imports nothing server-side.

export const PERMISSIONS = [
  // Offences, persons, investigations
  "offences.read",
  "offences.write",
  "persons.read",
  // Partners see a person only through a referral to their provider, with the minimum fields.
  "persons.read.minimal",
  "persons.write",
  "investigations.read",
  // Row rule: the actor is the officer in charge (or on the OIC's team); data functions scope it.
  "investigations.update.own",
  "investigations.flag",
  "investigations.reassign",
  "groups.read",
  "groups.write",
  // Intelligence: P-coded items; C-coded ("restricted") items need the second permission too.
  "intel.read",
  "intel.restricted.read",
  "intel.submit",
  "intel.write",
  "intel.grade",
  // Interventions
  "referrals.read",
  "referrals.read.own-provider",
  "referrals.update.own-provider",
  "referrals.create",
  // The forum
  "meetings.read",
  "meetings.prepare",
  "meetings.publish",
  "meetings.run",
  "decisions.record",
  "actions.read",
  "actions.read.own",
  "actions.update.own",
  "actions.manage",
  // Issue 6: "the chair and analysts can reassign" an action (analysts do not raise or close them).
  "actions.reassign",
  // Issue 18: saving the filters of a list the user may open as a named view; the chair shares
  // a view with the forum's analysts.
  "views.save",
  "views.share",
  // Figures and data movement
  "figures.read",
  "figures.export",
  "imports.run",
  // Issue 17: hotspots and the map (aggregates and boundaries; offences still need offences.read),
  // geofence imports (analyst), harm weights (administrator: reference data, dated and audited).
  "hotspots.read",
  "geofences.import",
  "harm-weights.manage",
  // Issue 17 (seed paragraph 30): community engagement plans. Read by police roles, kept by the
  // chair and analysts; partners none.
  "engagement.read",
  "engagement.write",
  // Issue 17: Guardian patrols. Dosage, deployments and the evaluation (chair and analysts);
  // importing dosage and recording a period's deployment (analysts).
  "patrols.read",
  "patrols.record",
  // Administration
  "users.manage",
  // Issue 13.14: the second person who approves a case role or a password on a case-role account.
  "accounts.approve",
  "reference.manage",
  "audit.read",
  "audit.person-views.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  "CHAIR",
  "ANALYST",
  "INVESTIGATOR",
  "PARTNER",
  "ADMIN",
] as const satisfies readonly Role[];

// Compile-time guard: a role added to the Prisma enum must be added here (and to the map).
type MissingRoles = Exclude<Role, (typeof ROLES)[number]>;
const rolesComplete: MissingRoles extends never ? true : never = true;
void rolesComplete;

const CASE_READ: Permission[] = [
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
  "hotspots.read",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Reads everything incl. restricted intelligence; publishes packs, runs the meeting, records
  // decisions; raises, reassigns and closes any action; reassigns an investigation's OIC (issue 4);
  // exports the figures it scrutinises (issue 7).
  CHAIR: [
    ...CASE_READ,
    "meetings.publish",
    "meetings.run",
    "decisions.record",
    "actions.manage",
    "actions.reassign",
    "actions.read.own",
    "actions.update.own",
    "investigations.reassign",
    "referrals.create",
    "figures.export",
    "audit.person-views.read",
    "accounts.approve",
    "views.save",
    "views.share",
    "engagement.read",
    "engagement.write",
    "patrols.read",
  ],
  // Reads all case data incl. restricted intelligence; creates and edits offences, persons and
  // intelligence; imports RMS extracts; drafts packs; exports figures.
  ANALYST: [
    ...CASE_READ,
    "offences.write",
    "persons.write",
    "groups.write",
    "intel.submit",
    "intel.write",
    "intel.grade",
    "referrals.create",
    "investigations.reassign",
    "imports.run",
    "geofences.import",
    "meetings.prepare",
    "figures.export",
    "actions.read.own",
    "actions.update.own",
    "actions.reassign",
    "views.save",
    "engagement.read",
    "engagement.write",
    "patrols.read",
    "patrols.record",
  ],
  // Reads offences, persons and P-coded intelligence; edits own investigations; updates own
  // actions; adds intelligence; flags a case for scrutiny. Nothing else.
  INVESTIGATOR: [
    "offences.read",
    "persons.read",
    "investigations.read",
    "investigations.update.own",
    "investigations.flag",
    "hotspots.read",
    "engagement.read",
    "intel.read",
    "intel.submit",
    // The referring officer of a referral is usually the OIC (issue 5).
    "referrals.create",
    "actions.read.own",
    "actions.update.own",
    "views.save",
  ],
  // Not police: referrals to their own provider and the minimum person details those need.
  // Partners own forum actions too (issue 6: "My actions" on every user's home).
  PARTNER: [
    "referrals.read.own-provider",
    "referrals.update.own-provider",
    "persons.read.minimal",
    // Hotspot boundaries and counts only: never an offence (issue 17).
    "hotspots.read",
    "actions.read.own",
    "actions.update.own",
    "views.save",
  ],
  // Users, roles, reference data and the audit log; no case data at all.
  ADMIN: [
    "users.manage",
    "accounts.approve",
    "reference.manage",
    "audit.read",
    "audit.person-views.read",
    "harm-weights.manage",
  ],
};

const lookup = {
  CHAIR: new Set(ROLE_PERMISSIONS.CHAIR),
  ANALYST: new Set(ROLE_PERMISSIONS.ANALYST),
  INVESTIGATOR: new Set(ROLE_PERMISSIONS.INVESTIGATOR),
  PARTNER: new Set(ROLE_PERMISSIONS.PARTNER),
  ADMIN: new Set(ROLE_PERMISSIONS.ADMIN),
} satisfies Record<Role, ReadonlySet<Permission>>;

export function permissionsFor(role: Role): Permission[] {
  return [...lookup[role]];
}

/** Pure check for UI decisions (which links to show). Enforcement is `requirePermission`. */
export function can(subject: Role | { role: Role }, permission: Permission): boolean {
  const role = typeof subject === "string" ? subject : subject.role;
  // `role` may come from outside TypeScript (a cookie, a test); an unknown role has nothing.
  return (lookup as Record<string, ReadonlySet<Permission> | undefined>)[role]?.has(permission) ?? false;
}
