import "server-only";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { normaliseEmail, throttledBy, throttleWindowStart } from "@/lib/auth/sign-in-throttle";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

export type SignedInUser = { id: number; name: string; email: string; sessionVersion: number };
export type CredentialsResult =
  { ok: true; user: SignedInUser } | { ok: false; code: "SIGN_IN_FAILED" | "RATE_LIMITED" };

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
 * Throttled per typed email (registered or not), per resolved account and per client address, counting
 * SignInAttempt rows, so the limits hold across app instances. The count, the password check and
 * the new attempt row happen under per-email and per-account advisory locks, so parallel guesses cannot slip past
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

  // NUL cannot be stored in PostgreSQL text: it would fail as a database error, not a refusal.
  const storable = !email.includes("\u0000");
  const emailKey = storable ? email : email.replaceAll("\u0000", "");

  return getPrisma().$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`sign-in:${emailKey}`}))`;

      // Exact match on the normalised address: emails are stored lower-cased (a check constraint
      // holds them to it), and "_" or "%" are ordinary characters here, never wildcards.
      const user =
        parsed.success && storable
          ? await tx.user.findUnique({
              where: { email },
              select: {
                id: true,
                name: true,
                email: true,
                role: true,
                passwordHash: true,
                disabledAt: true,
                sessionVersion: true,
              },
            })
          : null;
      // Failures also count per account, whatever spelling was typed (and under a lock per account).
      if (user) await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`sign-in-user:${user.id}`}))`;

      const [accountFailures, addressFailures] = await Promise.all([
        failuresSinceLastSuccess(tx, { email: emailKey }, since),
        tx.signInAttempt.count({ where: { address, succeeded: false, createdAt: { gte: since } } }),
      ]);
      const userFailures = user ? await failuresSinceLastSuccess(tx, { userId: user.id }, since) : 0;
      const throttled = throttledBy({
        accountFailures: Math.max(accountFailures, userFailures),
        addressFailures,
      });
      if (throttled) {
        await writeAudit(tx, {
          event: "auth.sign-in-throttled",
          actor,
          entity: user ? { type: "user", id: user.id } : undefined,
          detail: { email: emailKey, by: throttled },
        });
        return { ok: false, code: "RATE_LIMITED" } as const;
      }

      const passwordMatches =
        parsed.success &&
        storable &&
        (await verifyPassword(user?.passwordHash ?? (await timingDummy()), parsed.data.password));

      const reason: FailureReason | null =
        !parsed.success || !storable
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

      await tx.signInAttempt.create({
        data: {
          email: emailKey,
          userId: user?.id ?? null,
          address,
          succeeded: reason === null,
          createdAt: now,
        },
      });

      if (reason !== null || !user) {
        await writeAudit(tx, {
          event: "auth.sign-in-failed",
          actor,
          entity: user ? { type: "user", id: user.id } : undefined,
          detail: { email: emailKey, reason },
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

/** Failed attempts for one typed email or one account since its last success in the window. */
async function failuresSinceLastSuccess(
  tx: Tx,
  key: { email: string } | { userId: number },
  since: Date,
): Promise<number> {
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { ...key, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return tx.signInAttempt.count({
    where: { ...key, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
  });
}
