import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { RecordDecisionInput } from "@/lib/decisions/schemas";

/**
 * The chair records a decision with its rationale on the agenda item in discussion; it carries the
 * item's case and person so the decision log finds it by either.
 */
export async function recordDecision({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: RecordDecisionInput;
  now?: Date;
}): Promise<{ id: number; meetingId: number }> {
  await requirePermission(actor, "decisions.record", { entity: { type: "agenda-item", id: input.agendaItemId } });
  const prisma = getPrisma();
  const item = await prisma.agendaItem.findUnique({
    where: { id: input.agendaItemId },
    select: { id: true, meetingId: true, offenceId: true, personId: true, removedAt: true, meeting: { select: { status: true } } },
  });
  if (!item || item.removedAt) throw new AppError("NOT_FOUND");
  if (item.meeting.status !== "IN_SESSION") {
    throw new AppError("VALIDATION", { fieldErrors: { _form: ["Decisions are recorded while the meeting is in session"] } });
  }
  return prisma.$transaction(async (tx) => {
    const decision = await tx.decision.create({
      data: {
        meetingId: item.meetingId,
        agendaItemId: item.id,
        offenceId: item.offenceId,
        personId: item.personId,
        text: input.text,
        rationale: input.rationale,
        recordedById: actor.id,
        recordedAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      event: "decision.recorded",
      actor: auditActorOf(actor),
      entity: { type: "decision", id: decision.id },
      after: { text: input.text, rationale: input.rationale, agendaItemId: item.id, offenceId: item.offenceId, personId: item.personId },
    });
    return { id: decision.id, meetingId: item.meetingId };
  });
}
