import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { normaliseEmail } from "@/lib/auth/sign-in-throttle";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import type { SignedInUser } from "@/lib/auth/server/authorize-credentials";

/** Claims an OpenID Connect provider may send; only these are read. */
export type OidcClaims = { sub?: unknown; email?: unknown; email_verified?: unknown; xms_edov?: unknown };

const truthy = (v: unknown) => v === true || v === "true" || v === 1 || v === "1";

/**
 * Single sign-on: the identity provider vouches for an email address; it never creates an account
 * or grants a role. The address must be verified — the standard `email_verified` claim, or Entra
 * ID's optional `xms_edov` ("email domain owner verified"; Entra sends no email_verified for work
 * accounts) — and must belong to an existing, enabled user. Success and refusal are audited.
 */
export async function matchOidcUser({ claims, address }: { claims: OidcClaims; address: string | null }): Promise<SignedInUser | null> {
  const prisma = getPrisma();
  const email = typeof claims.email === "string" ? normaliseEmail(claims.email).slice(0, 254) : "";
  const verified = truthy(claims.email_verified) || truthy(claims.xms_edov);
  const user =
    email && verified
      ? await prisma.user.findFirst({
          where: { email: { equals: email, mode: "insensitive" } },
          select: { id: true, name: true, email: true, role: true, disabledAt: true, sessionVersion: true },
        })
      : null;
  const reason = !email ? "no-email" : !verified ? "email-not-verified" : !user ? "unknown-account" : user.disabledAt ? "disabled" : null;

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
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, {
      event: "auth.sign-in",
      actor: auditActorOf({ ...user, address }),
      entity: { type: "user", id: user.id },
      detail: { method: "oidc" },
    });
  });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
