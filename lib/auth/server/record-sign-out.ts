import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

/** Audits a sign-out, from our "Sign out" action or next-auth's /api/auth/signout event. */
export async function recordSignOut({ userId, address, via }: { userId: number; address: string | null; via: string }): Promise<void> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
  await writeAudit(prisma, {
    event: "auth.sign-out",
    actor: user ? auditActorOf({ ...user, address }) : anonymousActor(address),
    entity: { type: "user", id: userId },
    detail: { via },
  });
}
