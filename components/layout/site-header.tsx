import Link from "next/link";
import type { ReactNode } from "react";
import { HelpLine } from "@/components/layout/help-line";
import { SecurityMarking } from "@/components/layout/security-marking";
import { ServiceNavigation, type NavigationItem } from "@/components/layout/service-navigation";

// The banner: security marking, the service's generic header (never the GOV.UK header or crown:
// this is not a GOV.UK service), the signed-in user and the account actions, navigation, and the
// phase-banner help line.

export const SERVICE_NAME = "Captiva Guardian";

type SiteHeaderProps = {
  user?: { name: string; roleLabel: string };
  navigation?: NavigationItem[];
  /**
   * Account actions shown beside the user's name ("Sign out", "Sign out everywhere"), rendered
   * only when `user` is given. Style buttons and links with `app-header__action`.
   */
  children?: ReactNode;
  /** The search box (components/search/header-search.tsx), for signed-in users. */
  search?: ReactNode;
};

export function SiteHeader({ user, navigation, children, search }: SiteHeaderProps) {
  return (
    <header className="govuk-template__header">
      <SecurityMarking position="top" />
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container app-header__container">
          <div className="govuk-generic-header__logo">
            <Link href="/" className="govuk-generic-header__homepage-link">
              {SERVICE_NAME}
            </Link>
          </div>
          {search}
          {user ? (
            <div className="app-header__account" data-testid="signed-in-user">
              <p className="app-header__user">
                <span className="govuk-visually-hidden">Signed in as </span>
                <strong>{user.name}</strong>
                <span className="app-header__role">
                  <span className="govuk-visually-hidden">, role: </span>
                  {user.roleLabel}
                </span>
              </p>
              {children ? <div className="app-header__actions">{children}</div> : null}
            </div>
          ) : null}
        </div>
      </div>
      {navigation && navigation.length > 0 ? <ServiceNavigation items={navigation} /> : null}
      {/* Inside the banner landmark, so no page content sits outside a landmark (axe "region"). */}
      <HelpLine />
    </header>
  );
}
