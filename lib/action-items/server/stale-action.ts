import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { conflictFieldErrors, type ConflictValue } from "@/lib/actions/conflict";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";

/** What the editor typed, by the form's field name: a status, an owner's id or a text. */
export type ActionMine = {
  status?: { field: string; value: string };
  ownerId?: { field: string; value: number };
  resultNote?: string;
  notPossibleReason?: string;
};

const statusText = (status: string) => {
  const words = status.toLowerCase().replace("_", " ");
  return words[0]!.toUpperCase() + words.slice(1);
};

/**
 * CONFLICT for an action saved by someone else since the editor loaded it: as for every editable
 * record (lib/actions/conflict.ts), the saved value beside what they typed on each field that
 * differs, and who saved it when. The form keeps what the user typed.
 */
export async function actionConflict(
  id: number,
  editorVersion: number,
  mine: ActionMine = {},
): Promise<never> {
  const prisma = getPrisma();
  const saved = await prisma.actionItem.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      status: true,
      resultNote: true,
      notPossibleReason: true,
      owner: { select: { name: true } },
    },
  });
  const fields: Record<string, ConflictValue> = {};
  if (mine.status)
    fields[mine.status.field] = {
      label: "Status",
      mine: statusText(mine.status.value),
      saved: statusText(saved.status),
    };
  if (mine.ownerId) {
    const owner = await prisma.user.findUnique({ where: { id: mine.ownerId.value }, select: { name: true } });
    fields[mine.ownerId.field] = { label: "Owner", mine: owner?.name ?? "", saved: saved.owner.name };
  }
  if (mine.resultNote)
    fields.resultNote = { label: "Result", mine: mine.resultNote, saved: saved.resultNote ?? "" };
  if (mine.notPossibleReason)
    fields.notPossibleReason = {
      label: "Why it was not possible",
      mine: mine.notPossibleReason,
      saved: saved.notPossibleReason ?? "",
    };
  throw new AppError("CONFLICT", {
    fieldErrors: conflictFieldErrors("action", fields, await lastSavedBy(prisma, "action-item", id)),
    detail: { actionItemId: id, savedVersion: saved.version, editorVersion },
  });
}
