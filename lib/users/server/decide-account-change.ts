import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/labels/role";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { notifyUsers } from "@/lib/notifications/server/notify-users";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";
import type { DecideAccountChangeInput } from "@/lib/users/schemas";
import { checkRoleScope } from "@/lib/users/server/check-role-scope";
import { lockActiveAdmins } from "@/lib/users/server/lock-active-admins";

/**
 * The second person's decision on a pending account change (issue 13.14): another administrator or
 * the chair (accounts.approve), never the one who asked for it and never the account's owner.
 * Approving applies it: a case role (and, for a new account, enables it) or the password, which its
 * owner must change at their next sign-in; either ends the account's sessions. The decision, its
 * audit row and the in-app alerts to the requester and the account's owner commit together.
 */
export async function decideAccountChange({
  actor,
  input,
}: ActorInput<DecideAccountChangeInput>): Promise<{ id: number; userId: number }> {
  const { entity, prisma } = await requireOn(actor, "accounts.approve", "account-change-request", input.id);

  const refuseSelf = async (reason: "own-request" | "own-account", message: string) => {
    await writeAuditBy(prisma, actor, {
      event: "access.refused",
      entity,
      detail: { reason },
    });
    throw new AppError("FORBIDDEN", { message });
  };
  const peek = await prisma.accountChangeRequest.findUnique({
    where: { id: input.id },
    select: { requestedById: true, userId: true },
  });
  if (!peek) throw new AppError("NOT_FOUND");
  if (peek.requestedById === actor.id) await refuseSelf("own-request", USER_RULE_MESSAGES.ownRequest);
  if (peek.userId === actor.id) await refuseSelf("own-account", USER_RULE_MESSAGES.ownAccount);

  return prisma.$transaction(async (tx) => {
    // Only a pending request is decided, once: a second approver racing this one changes no row.
    const claimed = await tx.accountChangeRequest.updateMany({
      where: { id: input.id, status: "PENDING" },
      data: {
        status: input.decision === "approve" ? "APPROVED" : "REFUSED",
        decidedById: actor.id,
        decidedAt: new Date(),
      },
    });
    if (claimed.count === 0)
      throw new AppError("CONFLICT", { message: "This request has already been decided." });
    const request = await tx.accountChangeRequest.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        id: true,
        kind: true,
        role: true,
        npuId: true,
        providerId: true,
        newAccount: true,
        passwordHash: true,
        requestedById: true,
        user: { select: { id: true, name: true, role: true, disabledAt: true, sessionVersion: true } },
      },
    });
    const user = request.user;
    const what =
      request.kind === "CASE_ROLE" && request.role
        ? `the ${ROLE_LABELS[request.role].toLowerCase()} role`
        : "a new password";

    if (input.decision === "approve") {
      if (request.kind === "CASE_ROLE" && request.role) {
        const scope = await checkRoleScope(tx, {
          role: request.role,
          npuId: request.npuId,
          providerId: request.providerId,
        });
        const admins = await lockActiveAdmins(tx);
        if (user.role === "ADMIN" && !user.disabledAt && !admins.some((id) => id !== user.id)) {
          throw new AppError("CONFLICT", { message: USER_RULE_MESSAGES.lastAdmin });
        }
        await tx.user.update({
          where: { id: user.id },
          data: {
            ...scope,
            ...(request.newAccount ? { disabledAt: null } : {}),
            sessionVersion: { increment: 1 },
            version: { increment: 1 },
          },
        });
      } else if (request.kind === "PASSWORD" && request.passwordHash) {
        await tx.user.update({
          where: { id: user.id },
          data: {
            passwordHash: request.passwordHash,
            mustChangePassword: true,
            sessionVersion: { increment: 1 },
            version: { increment: 1 },
          },
        });
      }
      // The hash has done its job: it is not kept beside the decision.
      if (request.passwordHash)
        await tx.accountChangeRequest.update({ where: { id: request.id }, data: { passwordHash: null } });
    } else if (request.passwordHash) {
      await tx.accountChangeRequest.update({ where: { id: request.id }, data: { passwordHash: null } });
    }

    const after = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { role: true, disabledAt: true, sessionVersion: true },
    });
    await writeAuditBy(tx, actor, {
      event: input.decision === "approve" ? "account-change.approved" : "account-change.refused",
      entity: { type: "user", id: user.id },
      before: { role: user.role, disabledAt: user.disabledAt, sessionVersion: user.sessionVersion },
      after: { role: after.role, disabledAt: after.disabledAt, sessionVersion: after.sessionVersion },
      detail: { request: request.id, kind: request.kind, requestedBy: request.requestedById },
    });
    const verdict = input.decision === "approve" ? "approved" : "refused";
    await notifyUsers(tx, [
      {
        userId: request.requestedById,
        kind: "account-change",
        text: `${actor.name} ${verdict} giving ${user.name} ${what}.`,
        link: `/admin/users/${user.id}`,
      },
      {
        userId: user.id,
        kind: "account-change",
        text: `${actor.name} ${verdict} giving your account ${what}.`,
      },
    ]);
    return { id: request.id, userId: user.id };
  });
}
