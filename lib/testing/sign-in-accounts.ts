import { beforeAll } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/server/prisma";

// The sign-in tests (authorizeCredentials, its throttles) share these: the password is hashed once
// per file, and every account and address is new, so each test has its own throttle counters.

export const PASSWORD = "Correct-horse-7";

/** Registers a beforeAll (after withTestDatabase's) that hashes PASSWORD for the accounts made. */
export function withSignInAccounts() {
  let n = 0;
  const accounts = {
    /** PASSWORD's hash, once beforeAll has run. */
    passwordHash: "",
    /** A number not used before in this file (emails, addresses). */
    unique: () => ++n,
    /** A user with a unique email and PASSWORD, so each test has its own throttle counters. */
    newUser: (overrides: { disabledAt?: Date; passwordHash?: string | null } = {}) => {
      const k = accounts.unique();
      return getPrisma().user.create({
        data: {
          email: `officer${k}@captiva.test`,
          name: `Officer ${k}`,
          role: "INVESTIGATOR",
          passwordHash: accounts.passwordHash,
          ...overrides,
        },
      });
    },
    /** Another address, so only the account's counter adds up. */
    address: () => `198.51.100.${accounts.unique() % 250}`,
  };
  beforeAll(async () => {
    accounts.passwordHash = await hashPassword(PASSWORD);
  });
  return accounts;
}

/** The audit rows of one event, oldest first. */
export const auditFor = (event: string) =>
  getPrisma().auditEvent.findMany({ where: { event }, orderBy: { id: "asc" } });
