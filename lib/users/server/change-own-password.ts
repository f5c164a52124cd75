import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorInput } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { passwordProblem } from "@/lib/users/rules";
import type { ChangeOwnPasswordInput } from "@/lib/users/schemas";

/**
 * The signed-in user replaces their password (issue 13.14: an administrator-set one must be replaced
 * at the next sign-in, so the administrator never knows a working password). Needs the current one;
 * clears the must-change flag. The user_session_bump trigger ends every session of the account, this
 * one included, so they sign in again with it. The audit row never holds either password.
 */
export async function changeOwnPassword({
  actor,
  input,
}: ActorInput<ChangeOwnPasswordInput>): Promise<{ id: number }> {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError("VALIDATION", { fieldErrors: { password: [problem] } });
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, mustChangePassword: true },
  });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.current))) {
    await writeAuditBy(prisma, actor, {
      event: "access.refused",
      entity: { type: "user", id: actor.id },
      detail: { reason: "wrong-current-password" },
    });
    throw new AppError("VALIDATION", { fieldErrors: { current: ["Your current password is not correct"] } });
  }
  if (input.password === input.current) {
    throw new AppError("VALIDATION", {
      fieldErrors: { password: ["Choose a password different from the temporary one"] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 } },
    });
    await writeAuditBy(tx, actor, {
      event: "user.password-changed",
      entity: { type: "user", id: actor.id },
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return { id: actor.id };
  });
}
