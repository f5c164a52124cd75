import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { LIVE_ACTION_STATUSES, overdueBefore } from "@/lib/action-items/rules";
import { soonestActions, toActionSummary } from "@/lib/action-items/server/action-summary";
import type { MyActions } from "@/lib/action-items/types";
import { countUnlessAllRead } from "@/lib/pagination";

/**
 * "My actions": the actor's own live actions (open or in progress), soonest due first, at most
 * `limit` of them with the total.
 */
export async function listMyActions({
  actor,
  limit = 50,
  now = new Date(),
}: {
  actor: Actor;
  limit?: number;
  now?: Date;
}): Promise<MyActions> {
  await requirePermission(actor, "actions.read.own");
  const prisma = getPrisma();
  const today = todayInUk(now);
  // The row rule: only actions the actor owns.
  const where = {
    ownerId: actor.id,
    status: { in: [...LIVE_ACTION_STATUSES] },
  } satisfies Prisma.ActionItemWhereInput;

  const rows = await soonestActions(actor, where, limit);
  // Most people have fewer live actions than the limit: their rows are the counts (issue 15).
  const cutoff = overdueBefore(today);
  const [total, overdue] = await Promise.all([
    countUnlessAllRead(rows, limit, () => prisma.actionItem.count({ where })),
    countUnlessAllRead(
      rows,
      limit,
      () => prisma.actionItem.count({ where: { ...where, dueOn: { lt: cutoff } } }),
      (row) => row.dueOn < cutoff,
    ),
  ]);

  return { total, overdue, items: rows.map((row) => toActionSummary(row, today)) };
}
