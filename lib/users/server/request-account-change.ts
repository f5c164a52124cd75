import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { AccountChangeKind, Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/labels/role";
import { notifyUsers } from "@/lib/notifications/server/notify-users";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";

export type AccountChangeAsk =
  | { kind: "CASE_ROLE"; role: Role; npuId: number | null; providerId: number | null; newAccount: boolean }
  | { kind: "PASSWORD"; passwordHash: string };

/**
 * Records a change an administrator may not make alone (issue 13.14) and alerts everyone who may
 * approve it in-app: the other active administrators and the chair. Runs in the caller's
 * transaction, with its audit row, so the request exists exactly when the account change it
 * belongs to does. One pending request of each kind per account (a partial unique index).
 */
export async function requestAccountChange(
  tx: Tx,
  { actor, user, ask }: { actor: Actor; user: { id: number; name: string }; ask: AccountChangeAsk },
): Promise<number> {
  const kind: AccountChangeKind = ask.kind;
  const pending = await tx.accountChangeRequest.findFirst({
    where: { userId: user.id, kind, status: "PENDING" },
    select: { id: true },
  });
  if (pending) throw new AppError("CONFLICT", { message: USER_RULE_MESSAGES.pendingChange });
  const request = await tx.accountChangeRequest.create({
    data: {
      kind,
      userId: user.id,
      requestedById: actor.id,
      ...(ask.kind === "CASE_ROLE"
        ? { role: ask.role, npuId: ask.npuId, providerId: ask.providerId, newAccount: ask.newAccount }
        : { passwordHash: ask.passwordHash }),
    },
    select: { id: true },
  });
  const what =
    ask.kind === "CASE_ROLE" ? `the ${ROLE_LABELS[ask.role].toLowerCase()} role` : "a new password";
  await writeAuditBy(tx, actor, {
    event: "account-change.requested",
    entity: { type: "user", id: user.id },
    // Never the password or its hash: only that one was asked for.
    detail: {
      request: request.id,
      kind,
      ...(ask.kind === "CASE_ROLE" ? { role: ask.role, newAccount: ask.newAccount } : {}),
    },
  });
  const approvers = await tx.user.findMany({
    where: { disabledAt: null, id: { notIn: [actor.id, user.id] }, role: { in: ["ADMIN", "CHAIR"] } },
    select: { id: true },
  });
  await notifyUsers(
    tx,
    approvers.map((a) => ({
      userId: a.id,
      kind: "account-change",
      text: `${actor.name} asks to give ${user.name} ${what}. It needs your approval.`,
      link: "/admin/approvals",
    })),
  );
  return request.id;
}
