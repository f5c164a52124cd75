import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { getEnv } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/reference/demo-accounts";
import { ROLE_LABELS } from "@/lib/labels/role";
import type { DemoAccountListing } from "@/lib/auth/types";

/**
 * The demo accounts for the sign-in page — only when SHOW_DEMO_ACCOUNTS is on (unset is off; npm
 * start sets it for its embedded demo: scripts/lib/demo-settings.ts) AND the demo data is
 * loaded (every demo account exists with a password), so a real deployment that happens
 * to leave the setting on shows nothing. Null means "show no panel".
 */
export async function getDemoAccounts(): Promise<{
  password: string;
  accounts: DemoAccountListing[];
} | null> {
  if (getEnv().SHOW_DEMO_ACCOUNTS !== true) return null;
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const found = await getPrisma().user.count({
    where: { email: { in: emails }, passwordHash: { not: null } },
  });
  if (found !== emails.length) return null;
  return {
    password: DEMO_PASSWORD,
    accounts: DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      name: a.name,
      roleLabel: ROLE_LABELS[a.role],
      summary: a.summary,
    })),
  };
}
