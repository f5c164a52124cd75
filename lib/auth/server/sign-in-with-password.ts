import "server-only";
import { cookies } from "next/headers";
import { ERROR_MESSAGES } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { SignInState } from "@/lib/auth/sign-in-state";
import { encodeSessionToken, getSessionSettings, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { authorizeCredentials } from "@/lib/auth/server/authorize-credentials";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { startUserSession } from "@/lib/auth/server/user-sessions";

export type SignInOutcome = { ok: true; redirectTo: string } | { ok: false; state: SignInState };

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The sign-in form's submission (a plain POST, so it works before or without JavaScript): checks
 * the fields, then the password (throttled, audited: authorize-credentials), records a session and
 * sets its cookie. Every failure answers with one plain message; anything unexpected (database
 * down, a driver error) is logged here in full and shown as INTERNAL, never as its own text.
 */
export async function signInWithPassword(form: FormData, previous: SignInState): Promise<SignInOutcome> {
  const email = field(form, "email").slice(0, 254);
  const attempt = previous.attempt + 1;
  const refuse = (error: string | null, fieldErrors: SignInState["fieldErrors"] = {}): SignInOutcome => ({
    ok: false,
    state: { error, fieldErrors, email: email.replaceAll("\u0000", ""), attempt },
  });

  const parsed = signInSchema.safeParse({ email, password: field(form, "password") });
  if (!parsed.success) {
    const issues = parsed.error.flatten().fieldErrors;
    return refuse(null, { email: issues.email?.[0], password: issues.password?.[0] });
  }

  try {
    const result = await authorizeCredentials({
      email: parsed.data.email,
      password: parsed.data.password,
      address: (await getRequestAddress()) ?? "unknown",
    });
    if (!result.ok) return refuse(signInErrorMessage(result.code));

    const settings = getSessionSettings();
    const claims = await startUserSession(result.user);
    (await cookies()).set(settings.cookieName, await encodeSessionToken(claims, settings), {
      ...sessionCookieOptions(settings.secure),
      maxAge: settings.maxAgeSeconds,
    });
    return { ok: true, redirectTo: safeCallbackPath(field(form, "callbackUrl"), appOrigin()) };
  } catch (error) {
    console.error("[sign-in] could not sign in:", error);
    return refuse(ERROR_MESSAGES.INTERNAL);
  }
}

/** The app's origin for callback checks; a stand-in when AUTH_URL is unset (relative paths only). */
export function appOrigin(): string | undefined {
  return getEnv().AUTH_URL;
}
