import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AccessContext } from "@/lib/auth/schemas";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * The reason the actor already gave, in this sign-in session, for any of `contexts` — e.g. the
 * person being opened and the meeting or case it was reached from — or null, meaning "ask". Reasons
 * are remembered per sign-in (sessionKey): signing in again asks again.
 */
export async function getAccessReason({
  actor,
  contexts,
}: {
  actor: Actor;
  contexts: readonly AccessContext[];
}): Promise<{ reason: string; context: AccessContext } | null> {
  if (contexts.length === 0) return null;
  const row = await getPrisma().accessReason.findFirst({
    where: {
      userId: actor.id,
      sessionKey: actor.sessionKey,
      OR: contexts.map((c) => ({ contextType: c.type, contextId: c.id })),
    },
    orderBy: { createdAt: "desc" },
    select: { reason: true, contextType: true, contextId: true },
  });
  if (!row) return null;
  const context = contexts.find((c) => c.type === row.contextType && c.id === row.contextId)!;
  return { reason: row.reason, context };
}
