import type { Role } from "@/lib/enums";
import type { CreateUserInput } from "@/prisma/factories/create-user";
import { getPrisma } from "@/lib/db/server/prisma";
import { withActors, withReferenceData, withTestDatabase } from "@/lib/testing/admin-fixtures";

// The users admin tests (create, role change, list, approval, password reset, disable) share one
// setup: the test database, the administrators who act, the NPU and providers a role's scope
// names, and the account as stored now.

/**
 * Registers the test database, the accounts (one administrator unless told) and the reference
 * data; both records hold their rows once beforeAll has run.
 */
export function withUserAdmin<K extends string = "admin">(
  accounts: Record<K, Role | CreateUserInput> = { admin: "ADMIN" } as Record<K, Role>,
) {
  withTestDatabase();
  const actors = withActors(accounts);
  const ref = withReferenceData();
  return { actors, ref };
}

/** The account as the database holds it now. */
export const reloadUser = (id: number) => getPrisma().user.findUniqueOrThrow({ where: { id } });
