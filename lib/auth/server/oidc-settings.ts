import "server-only";
import { getEnv } from "@/lib/env";

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

/**
 * Single sign-on is on exactly when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set;
 * null otherwise. Holds the client secret: pass only `name` on to a page.
 */
export function oidcSettings(): OidcSettings | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME,
  };
}
