import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";

// The header's navigation, from the permission table, so a role never sees a link it cannot use.
// Links only; every page checks the permission again.

export type NavigationLink = { href: string; label: string };

const LINKS: { href: string; label: string; permission: Permission | null; roles?: Role[] }[] = [
  { href: "/", label: "Home", permission: null, roles: ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] },
  { href: "/offences", label: "Offences", permission: "offences.read" },
  { href: "/offences/new", label: "Record an offence", permission: "offences.write" },
  { href: "/meetings", label: "Meetings", permission: "meetings.read" },
  { href: "/actions", label: "Actions", permission: "actions.read.own" },
  { href: "/decisions", label: "Decisions", permission: "meetings.read" },
  { href: "/admin", label: "Administration", permission: "users.manage" },
  { href: "/admin/users", label: "Users", permission: "users.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
];

export function navigationFor(role: Role): NavigationLink[] {
  return LINKS.filter((link) => (link.roles ? link.roles.includes(role) : true))
    .filter((link) => link.permission === null || can(role, link.permission))
    .map(({ href, label }) => ({ href, label }));
}
