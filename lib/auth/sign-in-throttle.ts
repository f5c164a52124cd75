// Sign-in throttling rules. The counts come from SignInAttempt rows in the database, so the limit
// holds however many app instances serve the requests.

export const SIGN_IN_THROTTLE = {
  windowMinutes: 15,
  /** Failures for one email address (whether or not the account exists) since its last success. */
  perAccount: 5,
  /** Failures from one client address, whatever the account (a shared office NAT needs headroom). */
  perAddress: 20,
} as const;

export type ThrottleCounts = { accountFailures: number; addressFailures: number };

export function throttledBy(counts: ThrottleCounts): "account" | "address" | null {
  if (counts.accountFailures >= SIGN_IN_THROTTLE.perAccount) return "account";
  if (counts.addressFailures >= SIGN_IN_THROTTLE.perAddress) return "address";
  return null;
}

export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
}

/** Emails are stored and matched exactly in this form (trimmed, lower case); attempts are recorded under it. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
