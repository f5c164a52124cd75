import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { formatDateTime } from "@/lib/dates/format";

/** Thrown inside a transaction so it rolls back; turned into `actionConflict` outside it. */
export class StaleAction extends Error {}

/**
 * CONFLICT for an action saved by someone else since the editor loaded it: says who and when, and
 * what it holds now. The form keeps what the user typed (it only shows the summary).
 */
export async function actionConflict(id: number, editorVersion: number): Promise<never> {
  const prisma = getPrisma();
  const saved = await prisma.actionItem.findUniqueOrThrow({
    where: { id },
    select: { version: true, status: true, owner: { select: { name: true } } },
  });
  const last = await prisma.auditEvent.findFirst({
    where: { entityType: "action-item", entityId: String(id), category: "ALTERATION" },
    orderBy: { id: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  const who = last
    ? `${last.actorLabel} changed this action at ${formatDateTime(last.occurredAt)}`
    : "Someone else changed this action";
  const now = `It is now ${saved.status.toLowerCase().replace("_", " ")}, owned by ${saved.owner.name}.`;
  throw new AppError("CONFLICT", {
    fieldErrors: { _form: [`${who}. ${now} Your text is still below: check it and save again.`] },
    detail: { actionItemId: id, savedVersion: saved.version, editorVersion },
  });
}
