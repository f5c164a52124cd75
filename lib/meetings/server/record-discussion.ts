import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { formatDateTime } from "@/lib/dates/format";
import type { RecordDiscussionInput } from "@/lib/meetings/run-schemas";

/**
 * Saves an agenda item's discussion note and "discussed" mark while the meeting is in session (the
 * chair's view autosaves it as they type). Written `where id and version`: when someone else saved
 * the item in between, CONFLICT says who and when and the editor keeps their text.
 */
export async function recordDiscussion({
  actor,
  input,
}: ActorInput<RecordDiscussionInput>): Promise<{ id: number; version: number; savedAt: Date }> {
  const { entity, prisma } = await requireOn(actor, "meetings.run", "agenda-item", input.agendaItemId);
  const item = await prisma.agendaItem.findUnique({
    where: { id: input.agendaItemId },
    select: {
      id: true,
      version: true,
      discussed: true,
      discussionNote: true,
      removedAt: true,
      meeting: { select: { status: true } },
    },
  });
  if (!item || item.removedAt) throw new AppError("NOT_FOUND");
  if (item.meeting.status !== "IN_SESSION") {
    throw new AppError("VALIDATION", {
      fieldErrors: { _form: ["The meeting is not in session: start it from the meeting view"] },
    });
  }
  if (item.version !== input.version) return conflict(item.id);
  if (item.discussed === input.discussed && item.discussionNote === input.discussionNote) {
    return { id: item.id, version: item.version, savedAt: new Date() };
  }
  return versionedTransaction(
    async (tx) => {
      const written = await tx.agendaItem.updateMany({
        where: { id: item.id, version: input.version },
        data: { discussed: input.discussed, discussionNote: input.discussionNote, version: { increment: 1 } },
      });
      claimVersion(written);
      await writeAuditBy(tx, actor, {
        event: "agenda-item.noted",
        entity,
        before: { discussed: item.discussed, discussionNote: item.discussionNote },
        after: { discussed: input.discussed, discussionNote: input.discussionNote },
      });
      return { id: item.id, version: input.version + 1, savedAt: new Date() };
    },
    () => conflict(item.id),
  );
}

async function conflict(id: number): Promise<never> {
  const prisma = getPrisma();
  const saved = await prisma.agendaItem.findUniqueOrThrow({
    where: { id },
    select: { version: true, discussionNote: true },
  });
  const last = await prisma.auditEvent.findFirst({
    where: { entityType: "agenda-item", entityId: String(id), category: "ALTERATION" },
    orderBy: { id: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  const who = last
    ? `${last.actorLabel} saved this item at ${formatDateTime(last.occurredAt)}`
    : "Someone else saved this item";
  throw new AppError("CONFLICT", {
    // The saved text and version travel back so the chair can compare and keep theirs on purpose.
    fieldErrors: {
      _form: [`${who}. Your note has not been saved and is kept below; the saved note is shown under it.`],
      savedNote: [saved.discussionNote],
      savedVersion: [String(saved.version)],
    },
    detail: { savedVersion: saved.version, savedNote: saved.discussionNote.slice(0, 2000) },
  });
}
