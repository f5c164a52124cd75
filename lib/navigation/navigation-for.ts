import type { Role } from "@/lib/enums";
import { can, type Permission } from "@/lib/auth/permissions";

// The header's navigation, from the permission table, so a role never sees a link it cannot use.
// Links only; every page checks the permission again.

export type NavigationLink = { href: string; label: string };

const LINKS: { href: string; label: string; permission: Permission | null; roles?: Role[] }[] = [
  { href: "/", label: "Home", permission: null, roles: ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] },
  { href: "/offences", label: "Offences", permission: "offences.read" },
  { href: "/offences/new", label: "Record an offence", permission: "offences.write" },
  // Issue 18: the people index, where investigators and analysts look for a person.
  { href: "/persons", label: "People", permission: "persons.read" },
  { href: "/intelligence", label: "Intelligence", permission: "intel.read" },
  { href: "/groups", label: "Groups", permission: "groups.read" },
  { href: "/referrals/effectiveness", label: "Interventions", permission: "referrals.read" },
  { href: "/figures", label: "Figures", permission: "figures.read" },
  { href: "/returns", label: "Returns", permission: "figures.read" },
  // Issue 17: hotspot figures and the map (partners: boundaries only).
  { href: "/hotspots", label: "Hotspots", permission: "hotspots.read" },
  { href: "/map", label: "Map", permission: "hotspots.read" },
  { href: "/patrols", label: "Patrols", permission: "patrols.read" },
  { href: "/imports", label: "Import", permission: "imports.run" },
  { href: "/meetings", label: "Meetings", permission: "meetings.read" },
  { href: "/actions", label: "Actions", permission: "actions.read.own" },
  { href: "/decisions", label: "Decisions", permission: "meetings.read" },
  { href: "/admin", label: "Administration", permission: "users.manage" },
  { href: "/admin/users", label: "Users", permission: "users.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/providers", label: "Providers", permission: "reference.manage" },
];

export function navigationFor(role: Role): NavigationLink[] {
  return LINKS.filter((link) => (link.roles ? link.roles.includes(role) : true))
    .filter((link) => link.permission === null || can(role, link.permission))
    .map(({ href, label }) => ({ href, label }));
}
