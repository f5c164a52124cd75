"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// MOJ sub navigation between the sections of an offence record. A client component only to know
// the current section: the layout holding it is not rendered again on navigation.

const SECTIONS = [
  { path: "", label: "People" },
  { path: "/investigation", label: "Investigation" },
  { path: "/intelligence", label: "Intelligence" },
  { path: "/interventions", label: "Interventions" },
  { path: "/meetings", label: "Meetings" },
  { path: "/timeline", label: "Timeline" },
] as const;

export function OffenceSubNavigation({ offenceId }: { offenceId: number }) {
  const pathname = usePathname();
  const base = `/offences/${offenceId}`;
  return (
    <nav className="moj-sub-navigation" aria-label="Offence record sections">
      <ul className="moj-sub-navigation__list">
        {SECTIONS.map((section) => {
          const href = `${base}${section.path}`;
          return (
            <li className="moj-sub-navigation__item" key={section.label}>
              <Link
                className="moj-sub-navigation__link"
                href={href}
                aria-current={pathname === href ? "page" : undefined}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
