import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { normaliseEmail } from "@/lib/auth/sign-in-throttle";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { isCaseRole, USER_RULE_MESSAGES } from "@/lib/users/rules";
import { requestAccountChange } from "@/lib/users/server/request-account-change";
import type { CreateUserInput } from "@/lib/users/schemas";
import type { UserChangeResult } from "@/lib/users/types";
import { checkRoleScope } from "@/lib/users/server/check-role-scope";
import { userAuditSnapshot, userDetailSelect } from "@/lib/users/server/user-row";

const emailTaken = () =>
  new AppError("VALIDATION", { fieldErrors: { email: [USER_RULE_MESSAGES.emailTaken] } });

/**
 * Creates an account with no password: the person signs in by single sign-on, or an admin sets a
 * temporary password from the account's page. The account and its audit row commit together.
 * An account with a case role is created disabled, with a request for the role that a second person
 * must approve (issue 13.14): approval enables it.
 */
export async function createUser({ actor, input }: ActorInput<CreateUserInput>): Promise<UserChangeResult> {
  await requirePermission(actor, "users.manage");
  const email = normaliseEmail(input.email);

  try {
    return await getPrisma().$transaction(async (tx) => {
      const scope = await checkRoleScope(tx, {
        role: input.role,
        npuId: input.npuId,
        providerId: input.providerId,
      });
      // Emails are stored lower-case, but rows written before that rule (or by SQL) may not be.
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) throw emailTaken();

      const pending = isCaseRole(scope.role);
      const user = await tx.user.create({
        data: {
          name: input.name.trim(),
          email,
          jobTitle: input.jobTitle.trim() || null,
          ...scope,
          ...(pending ? { disabledAt: new Date() } : {}),
        },
        select: userDetailSelect,
      });
      await writeAuditBy(tx, actor, {
        event: "user.created",
        entity: { type: "user", id: user.id },
        after: userAuditSnapshot(user),
      });
      if (pending) {
        await requestAccountChange(tx, {
          actor,
          user,
          ask: { kind: "CASE_ROLE", ...scope, newAccount: true },
        });
      }
      return { id: user.id, version: user.version, pending };
    });
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides, with the same message.
    if ((error as { code?: unknown }).code === "P2002") throw emailTaken();
    throw error;
  }
}
