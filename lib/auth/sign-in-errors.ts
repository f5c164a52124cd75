import { ERROR_MESSAGES } from "@/lib/errors";

// Client-safe: the sign-in form and page turn next-auth's error strings into one of our messages.
// authorize() throws our codes ("SIGN_IN_FAILED", "RATE_LIMITED"); next-auth adds its own
// ("AccessDenied" when single sign-on matched no account, "OAuthCallback", …) on ?error=.

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
      return ERROR_MESSAGES.SSO_FAILED;
  }
}
