import "server-only";
import type { AuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getSessionSettings, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { needsTouch, parseClaims, sessionState, touched } from "@/lib/auth/session-claims";
import type { SignedInUser } from "@/lib/auth/server/authorize-credentials";
import { startUserSession } from "@/lib/auth/server/user-sessions";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { matchOidcUser, type OidcClaims } from "@/lib/auth/server/match-oidc-user";
import { recordSignOut } from "@/lib/auth/server/record-sign-out";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { OIDC_PROVIDER_ID } from "@/lib/auth/sign-in-errors";
import { oidcSettings } from "@/lib/auth/server/oidc-settings";

// What authorize() and the signIn callback hand to the jwt callback. A dedicated property rather
// than `user.id`, which for OIDC starts as the provider's `sub` and must never become a user id.
type CaptivaUser = User & { captivaUser?: SignedInUser };

let cached: { key: string; options: AuthOptions } | undefined;

/**
 * next-auth v4 options. Built on first use, not at import, because `next build` imports the route
 * without AUTH_SECRET. Sessions are JWT cookies carrying only SessionClaims (see session-cookie.ts
 * for the cookie's name and flags); who the user is, their role and whether they may still sign in
 * come from the database on every request (get-actor).
 */
export function authOptions(): AuthOptions {
  const settings = getSessionSettings();
  const key = `${settings.cookieName}|${settings.maxAgeSeconds}|${oidcSettings()?.issuer ?? ""}`;
  if (cached?.key === key) return cached.options;

  const options: AuthOptions = {
    secret: settings.secret,
    useSecureCookies: settings.secure,
    cookies: { sessionToken: { name: settings.cookieName, options: sessionCookieOptions(settings.secure) } },
    session: { strategy: "jwt", maxAge: settings.maxAgeSeconds },
    jwt: { maxAge: settings.maxAgeSeconds },
    // next-auth's own pages are never shown: sign-in and its errors render on /sign-in.
    pages: { signIn: "/sign-in", signOut: "/sign-in", error: "/sign-in" },
    // Email and password sign in through our own server action (app/(actions)/auth-actions.ts),
    // which works before the page's JavaScript has loaded; next-auth handles single sign-on,
    // sign-out and its CSRF token only.
    providers: oidcProvider(),
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return false;
        const matched = await matchOidcUser({
          claims: (profile ?? {}) as OidcClaims,
          address: await getRequestAddress(),
        });
        if (!matched) return false; // → /sign-in?error=AccessDenied
        (user as CaptivaUser).captivaUser = matched;
        return true;
      },
      async jwt({ token, user }) {
        const now = Date.now();
        if (user) {
          const signedIn = (user as CaptivaUser).captivaUser;
          if (!signedIn) throw new Error("sign-in without a matched account");
          return { ...(await startUserSession(signedIn, { now })) } as JWT;
        }
        // Reached from /api/auth/session: a throw makes next-auth clear the cookie.
        const claims = parseClaims(token);
        if (!claims || sessionState(claims, now, settings) !== "active") throw new Error("session ended");
        return { ...(needsTouch(claims, now) ? touched(claims, now) : claims) } as JWT;
      },
      // After single sign-on or sign-out: only a path on this origin (see callback-url.ts).
      async redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
      },
      // The client never needs session data: pages render what the server decides.
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = parseClaims(token);
        // Revokes this session server-side: a copy of the cookie stops working too.
        if (claims) await recordSignOut({ claims, address: await getRequestAddress(), via: "next-auth" });
      },
    },
    logger: {
      error: (code, metadata) =>
        console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : ""),
      warn: (code) => {
        if (code !== "DEBUG_ENABLED") console.warn(`[next-auth] ${code}`);
      },
      debug: () => {},
    },
  };
  cached = { key, options };
  return options;
}

/** Generic OpenID Connect (works with Microsoft Entra ID); on only when all three settings are set. */
function oidcProvider(): OAuthConfig<Record<string, unknown>>[] {
  const oidc = oidcSettings();
  if (!oidc) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile(claims) {
        return {
          id: String(claims.sub),
          name: typeof claims.name === "string" ? claims.name : null,
          email: typeof claims.email === "string" ? claims.email : null,
        };
      },
    },
  ];
}
