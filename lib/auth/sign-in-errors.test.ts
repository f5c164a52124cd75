import { describe, expect, it } from "vitest";
import { ERROR_MESSAGES } from "@/lib/errors";
import { signInErrorMessage } from "./sign-in-errors";

// Issue 13 item 6: an unknown error text (a database or Prisma message) was shown, or mapped to
// "Single sign-on did not work" for a password user.
describe("signInErrorMessage", () => {
  it.each([
    ["SIGN_IN_FAILED", ERROR_MESSAGES.SIGN_IN_FAILED],
    ["CredentialsSignin", ERROR_MESSAGES.SIGN_IN_FAILED],
    ["RATE_LIMITED", ERROR_MESSAGES.RATE_LIMITED],
    ["AccessDenied", ERROR_MESSAGES.SSO_NO_ACCOUNT],
    [null, null],
  ])("maps our code %s to its message", (code, message) => {
    expect(signInErrorMessage(code)).toBe(message);
  });

  it("shows single-sign-on failure only for next-auth's OAuth codes", () => {
    for (const code of ["OAuthCallback", "OAuthSignin", "Callback", "OAuthAccountNotLinked"]) {
      expect(signInErrorMessage(code)).toBe(ERROR_MESSAGES.SSO_FAILED);
    }
  });

  it("never echoes internal text and never blames single sign-on for anything else", () => {
    for (const text of [
      "Can't reach database server at 127.0.0.1:54329",
      'invalid byte sequence for encoding "UTF8": 0x00',
      "Invalid `prisma.user.findFirst()` invocation",
      "Configuration",
      "anything else",
    ]) {
      const message = signInErrorMessage(text);
      expect(message).toBe(ERROR_MESSAGES.INTERNAL);
      expect(message).not.toContain("ingle sign-on");
      expect(message).not.toContain(text);
    }
  });
});
