import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  accessReasonSchema,
  accessReasonText,
  type AccessContext,
  type AccessReasonInput,
} from "@/lib/auth/schemas";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * Remembers why the actor is looking at a case, person, intelligence item or meeting, for the rest
 * of this sign-in. The reason is not itself an audit event: it is copied onto every consultation
 * row it justifies (record-consultation). Input is parsed here as well as in the action.
 */
export async function saveAccessReason({
  actor,
  input,
}: {
  actor: Actor;
  input: AccessReasonInput;
}): Promise<{ reason: string; context: AccessContext }> {
  const parsed = accessReasonSchema.parse(input);
  const reason = accessReasonText(parsed);
  await getPrisma().accessReason.create({
    data: {
      userId: actor.id,
      sessionKey: actor.sessionKey,
      contextType: parsed.contextType,
      contextId: parsed.contextId,
      reason,
    },
  });
  return { reason, context: { type: parsed.contextType, id: parsed.contextId } };
}
