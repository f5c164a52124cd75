import { ERROR_MESSAGES } from "@/lib/errors";

// Client-safe: the sign-in form and page turn codes into one of our messages. The password form
// gets our codes ("SIGN_IN_FAILED", "RATE_LIMITED"); next-auth puts its own on ?error= after
// single sign-on ("AccessDenied" when it matched no account, "OAuthCallback", …). Anything else —
// a database or driver message, a made-up ?error= — gets the generic INTERNAL message: the
// visitor never sees internal text, and a password user is never told single sign-on failed.

/** next-auth provider id of single sign-on; its callback is <AUTH_URL>/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case "RATE_LIMITED":
      return ERROR_MESSAGES.RATE_LIMITED;
    case "SIGN_IN_FAILED":
    case "CredentialsSignin":
      return ERROR_MESSAGES.SIGN_IN_FAILED;
    case "AccessDenied":
      return ERROR_MESSAGES.SSO_NO_ACCOUNT;
    case "SessionRequired":
      return ERROR_MESSAGES.UNAUTHENTICATED;
    default:
      return SSO_ERROR_CODES.has(code) ? ERROR_MESSAGES.SSO_FAILED : ERROR_MESSAGES.INTERNAL;
  }
}

/** next-auth v4's error codes from the OAuth (single sign-on) flow. */
const SSO_ERROR_CODES = new Set([
  "OAuthSignin",
  "OAuthCallback",
  "OAuthCreateAccount",
  "OAuthAccountNotLinked",
  "Callback",
  "Signin",
  "EmailCreateAccount",
  "Verification",
]);
