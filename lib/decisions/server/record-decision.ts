import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { agendaItemInSession } from "@/lib/decisions/server/agenda-item-in-session";
import type { RecordDecisionInput } from "@/lib/decisions/schemas";

/**
 * The chair records a decision with its rationale on the agenda item in discussion; it carries the
 * item's case and person so the decision log finds it by either.
 */
export async function recordDecision({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<RecordDecisionInput>): Promise<{ id: number; meetingId: number }> {
  await requirePermission(actor, "decisions.record", {
    entity: { type: "agenda-item", id: input.agendaItemId },
  });
  const prisma = getPrisma();
  const item = await agendaItemInSession(
    prisma,
    input.agendaItemId,
    "Decisions are recorded while the meeting is in session",
  );
  return prisma.$transaction(async (tx) => {
    // The audit row holds the decision as stored: the columns selected here.
    const { id, ...recorded } = await tx.decision.create({
      data: {
        meetingId: item.meetingId,
        agendaItemId: item.id,
        offenceId: item.offenceId,
        personId: item.personId,
        text: input.text,
        rationale: input.rationale,
        // Only a decision on a case can bring the case back.
        returnToForum: item.offenceId != null && input.returnToForum === true,
        recordedById: actor.id,
        recordedAt: now,
      },
      select: { id: true, text: true, rationale: true, agendaItemId: true, offenceId: true, personId: true },
    });
    await writeAuditBy(tx, actor, {
      event: "decision.recorded",
      entity: { type: "decision", id },
      after: recorded,
    });
    return { id, meetingId: item.meetingId };
  });
}
