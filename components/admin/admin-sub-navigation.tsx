import Link from "next/link";
import type { Role } from "@/lib/enums";
import { can, type Permission } from "@/lib/auth/permissions";

// MOJ sub navigation between the administration screens, showing only those the role may use.
// Rendered by each page (which knows where it is), so it needs no client JavaScript.

export type AdminSection = "home" | "users" | "approvals" | "audit" | "providers" | "harm-weights";

const ITEMS: { key: AdminSection; href: string; label: string; permission: Permission | null }[] = [
  { key: "home", href: "/admin", label: "Administration", permission: null },
  { key: "users", href: "/admin/users", label: "Users", permission: "users.manage" },
  // Issue 13.14: case roles and case-role passwords waiting for a second person.
  { key: "approvals", href: "/admin/approvals", label: "Approvals", permission: "accounts.approve" },
  { key: "audit", href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { key: "providers", href: "/admin/providers", label: "Providers", permission: "reference.manage" },
  // Issue 17: the harm weight table behind every hotspot harm figure (dated, audited).
  {
    key: "harm-weights",
    href: "/admin/harm-weights",
    label: "Harm weights",
    permission: "harm-weights.manage",
  },
];

export function AdminSubNavigation({ role, current }: { role: Role; current: AdminSection }) {
  const items = ITEMS.filter((item) => item.permission === null || can(role, item.permission));
  return (
    <nav className="moj-sub-navigation" aria-label="Administration">
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.key}>
            <Link
              className="moj-sub-navigation__link"
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
