import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { normaliseEmail } from "@/lib/auth/sign-in-throttle";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import type { SignedInUser } from "@/lib/auth/server/authorize-credentials";

/** Claims an OpenID Connect provider may send; only these are read. */
export type OidcClaims = {
  iss?: unknown;
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  xms_edov?: unknown;
};

const truthy = (v: unknown) => v === true || v === "true" || v === 1 || v === "1";
const text = (v: unknown, max: number) =>
  typeof v === "string" && v.length > 0 && v.length <= max && !v.includes("\u0000") ? v : "";

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  sessionVersion: true,
  oidcIssuer: true,
  oidcSubject: true,
} as const;

/**
 * Single sign-on: the identity provider vouches for who signs in; it never creates an account or
 * grants a role. An account is bound to the provider's issuer + subject (`iss` + `sub`, stable for
 * a person, unlike an email address) on its first single sign-on and matched on that afterwards.
 * Before it is bound, the provider's email must be verified — the standard `email_verified` claim,
 * or Entra ID's optional `xms_edov` (Entra sends no email_verified for work accounts) — and equal an
 * existing, enabled user's email exactly (emails are stored lower-cased; never a LIKE pattern). An
 * account bound to another subject is refused. Success and refusal are audited.
 */
export async function matchOidcUser({
  claims,
  address,
}: {
  claims: OidcClaims;
  address: string | null;
}): Promise<SignedInUser | null> {
  const prisma = getPrisma();
  const issuer = text(claims.iss, 500);
  const subject = text(claims.sub, 255);
  const email = normaliseEmail(text(claims.email, 254));
  const verified = truthy(claims.email_verified) || truthy(claims.xms_edov);

  const bound =
    issuer && subject
      ? await prisma.user.findUnique({
          where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } },
          select: userSelect,
        })
      : null;
  const byEmail =
    !bound && issuer && subject && email && verified
      ? await prisma.user.findUnique({ where: { email }, select: userSelect })
      : null;
  const user = bound ?? byEmail;

  const reason =
    !issuer || !subject
      ? "no-subject"
      : bound
        ? bound.disabledAt
          ? "disabled"
          : null
        : !email
          ? "no-email"
          : !verified
            ? "email-not-verified"
            : !byEmail
              ? "unknown-account"
              : byEmail.oidcSubject !== null
                ? "bound-to-another-subject"
                : byEmail.disabledAt
                  ? "disabled"
                  : null;

  if (reason || !user) {
    await writeAudit(prisma, {
      event: "auth.sign-in-failed",
      actor: anonymousActor(address),
      entity: user ? { type: "user", id: user.id } : undefined,
      detail: { method: "oidc", email, reason },
    });
    return null;
  }

  await prisma.$transaction(async (tx) => {
    // First single sign-on: bind. The condition makes a race with another subject lose cleanly.
    const binding = bound ? null : { oidcIssuer: issuer, oidcSubject: subject };
    if (binding) {
      const { count } = await tx.user.updateMany({
        where: { id: user.id, oidcSubject: null },
        data: binding,
      });
      if (count !== 1) throw new Error("single sign-on account was bound concurrently");
    }
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, {
      event: "auth.sign-in",
      actor: auditActorOf({ ...user, address }),
      entity: { type: "user", id: user.id },
      detail: binding ? { method: "oidc", boundTo: binding } : { method: "oidc" },
    });
  });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
