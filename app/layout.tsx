import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SERVICE_NAME, SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { SignOutButtons } from "@/components/auth/sign-out-buttons";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { countUnreadNotifications } from "@/lib/notifications/server/count-unread-notifications";
import { HeaderSearch } from "@/components/search/header-search";
import { SearchKeys } from "@/components/search/search-keys";
import { getActor } from "@/lib/auth/server/get-actor";
import { ROLE_LABELS } from "@/lib/labels/role";
import { navigationFor } from "@/lib/navigation/navigation-for";
import "./styles/app.scss";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description: "Governance of serious youth violence investigations involving knives. OFFICIAL-SENSITIVE.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#0b2d52" };

// GOV.UK Frontend's snippet: its components (and CSS for JS-enhanced states) only act when the
// body has this class. It must run before first paint, so it is inline and carries the nonce.
const GOVUK_SUPPORTED_SNIPPET =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts for every request. Reading headers() also makes every page render per
  // request, which nonces require (a prerendered page would carry no nonce and never hydrate).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // For the header only: layouts are not re-rendered on client navigation, so every page checks
  // the actor itself (requirePageActor).
  const actor = await getActor();

  return (
    <html lang="en-GB" className="govuk-template">
      {/* The snippet adds classes before React hydrates. */}
      <body className="govuk-template__body" suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: GOVUK_SUPPORTED_SNIPPET }} />
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader
          user={actor ? { name: actor.name, roleLabel: ROLE_LABELS[actor.role] } : undefined}
          navigation={actor ? navigationFor(actor.role) : undefined}
          search={
            actor ? (
              <>
                <HeaderSearch />
                <SearchKeys />
              </>
            ) : undefined
          }
        >
          {actor ? (
            <>
              <NotificationsLink unread={await countUnreadNotifications({ actor })} />
              <SignOutButtons />
            </>
          ) : null}
        </SiteHeader>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
