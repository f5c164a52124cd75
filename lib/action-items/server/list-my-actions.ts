import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { LIVE_ACTION_STATUSES, overdueBefore } from "@/lib/action-items/rules";
import { actionSummarySelect, toActionSummary } from "@/lib/action-items/server/action-summary";
import type { MyActions } from "@/lib/action-items/types";

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

  const [total, overdue, rows] = await Promise.all([
    prisma.actionItem.count({ where }),
    prisma.actionItem.count({ where: { ...where, dueOn: { lt: overdueBefore(today) } } }),
    prisma.actionItem.findMany({
      where,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: limit,
      select: actionSummarySelect(actor),
    }),
  ]);

  return { total, overdue, items: rows.map((row) => toActionSummary(row, today)) };
}
