import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { normaliseEmail, throttledBy, throttleWindowStart } from "@/lib/auth/sign-in-throttle";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

export type SignedInUser = { id: number; name: string; email: string; sessionVersion: number };
export type CredentialsResult = { ok: true; user: SignedInUser } | { ok: false; code: "SIGN_IN_FAILED" | "RATE_LIMITED" };

type FailureReason = "malformed" | "unknown-account" | "no-password" | "wrong-password" | "disabled";

// Verified against when there is no account, so "no such account" takes as long as "wrong
// password" and timing does not reveal which emails are registered.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword("timing-equaliser-not-a-password"));

/**
 * Email + password sign-in. Every outcome that is not a success returns the same code, whatever
 * the reason (unknown account, wrong password, disabled, malformed input), so the answer never says
 * whether an account exists; the reason goes only to the audit row.
 *
 * Throttled per account (the email as typed, registered or not) and per client address, counting
 * SignInAttempt rows, so the limits hold across app instances. The count, the password check and
 * the new attempt row happen under a per-email advisory lock, so parallel guesses cannot slip past
 * the limit. Throttled tries are audited but not counted, so a lock-out ends 15 minutes after the
 * last real failure.
 */
export async function authorizeCredentials(input: {
  email: unknown;
  password: unknown;
  address: string;
  now?: Date;
}): Promise<CredentialsResult> {
  const now = input.now ?? new Date();
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  const email = normaliseEmail(typeof input.email === "string" ? input.email : "").slice(0, 254);
  const address = input.address.slice(0, 64);
  const actor = anonymousActor(address);
  const since = throttleWindowStart(now);

  return getPrisma().$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;

      const lastSuccess = await tx.signInAttempt.findFirst({
        where: { email, succeeded: true, createdAt: { gte: since } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const [accountFailures, addressFailures] = await Promise.all([
        tx.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } } }),
        tx.signInAttempt.count({ where: { address, succeeded: false, createdAt: { gte: since } } }),
      ]);
      const throttled = throttledBy({ accountFailures, addressFailures });
      if (throttled) {
        await writeAudit(tx, { event: "auth.sign-in-throttled", actor, detail: { email, by: throttled } });
        return { ok: false, code: "RATE_LIMITED" } as const;
      }

      const user = parsed.success
        ? await tx.user.findFirst({
            where: { email: { equals: email, mode: "insensitive" } },
            select: { id: true, name: true, email: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true },
          })
        : null;
      const passwordMatches =
        parsed.success && (await verifyPassword(user?.passwordHash ?? (await timingDummy()), parsed.data.password));

      const reason: FailureReason | null = !parsed.success
        ? "malformed"
        : !user
          ? "unknown-account"
          : !user.passwordHash
            ? "no-password"
            : !passwordMatches
              ? "wrong-password"
              : user.disabledAt
                ? "disabled"
                : null;

      await tx.signInAttempt.create({ data: { email, address, succeeded: reason === null, createdAt: now } });

      if (reason !== null || !user) {
        await writeAudit(tx, {
          event: "auth.sign-in-failed",
          actor,
          entity: user ? { type: "user", id: user.id } : undefined,
          detail: { email, reason },
        });
        return { ok: false, code: "SIGN_IN_FAILED" } as const;
      }

      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await writeAudit(tx, {
        event: "auth.sign-in",
        actor: auditActorOf({ ...user, address }),
        entity: { type: "user", id: user.id },
        detail: { method: "password" },
      });
      return {
        ok: true,
        user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
      } as const;
    },
    { maxWait: 5_000, timeout: 15_000 },
  );
}
