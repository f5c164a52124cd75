"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkAuditChain } from "@/lib/audit-review/server/check-audit-chain";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

/** "Check the audit chain" on the admin home: the full verification, however long the log. */
export const checkAuditChainAction = defineAction({
  name: "audit.check-chain",
  permission: "audit.read",
  input: z.object({}),
  handler: async ({ actor }) => checkAuditChain({ actor }),
});
