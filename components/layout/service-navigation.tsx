"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// GOV.UK Service navigation, without its JavaScript menu toggle (the list simply wraps on small
// screens). A client component only so the current item follows client-side navigations: the
// root layout that renders the header is not re-rendered when the page changes.

export type NavigationItem = { href: string; label: string; current?: boolean };

export function ServiceNavigation({ items }: { items: NavigationItem[] }) {
  const pathname = usePathname();
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Main" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const current = item.current ?? isCurrent(item.href, pathname);
                return (
                  <li
                    key={item.href}
                    className={
                      current
                        ? "govuk-service-navigation__item govuk-service-navigation__item--active"
                        : "govuk-service-navigation__item"
                    }
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                    >
                      {current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
                      ) : (
                        item.label
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

/** "/" matches only itself; a section ("/offences") also matches its records ("/offences/12"). */
function isCurrent(href: string, pathname: string | null): boolean {
  if (!pathname) return false;
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
