import "server-only";
import { anonymousActor } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";

export type RefusalReason = "middleware-subrequest-header" | "cross-origin-action";

/** Audits a request proxy.ts refused before any page or action ran (issue 3, "Bad input"). */
export async function recordRefusedRequest(input: {
  reason: RefusalReason;
  method: string;
  path: string;
  origin: string | null;
  address: string | null;
}): Promise<void> {
  await writeAudit(getPrisma(), {
    event: "request.refused",
    actor: anonymousActor(input.address, "unchecked request"),
    detail: {
      reason: input.reason,
      method: input.method,
      path: input.path.slice(0, 200),
      origin: input.origin?.slice(0, 200) ?? null,
    },
  });
}
