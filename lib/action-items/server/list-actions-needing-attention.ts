import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { amberUntil, LIVE_ACTION_STATUSES, overdueBefore } from "@/lib/action-items/rules";
import { soonestActions, toActionSummary } from "@/lib/action-items/server/action-summary";
import type { ActionsNeedingAttention } from "@/lib/action-items/types";
import { countUnlessAllRead } from "@/lib/pagination";

/**
 * Across the whole forum: live actions that are overdue (red) or due within 7 days (amber), most
 * overdue first, at most `limit` of them, with the two counts. For the chair and analysts.
 */
export async function listActionsNeedingAttention({
  actor,
  limit = 20,
  now = new Date(),
}: {
  actor: Actor;
  limit?: number;
  now?: Date;
}): Promise<ActionsNeedingAttention> {
  await requirePermission(actor, "actions.read");
  const prisma = getPrisma();
  const today = todayInUk(now);
  const live = { status: { in: [...LIVE_ACTION_STATUSES] } } satisfies Prisma.ActionItemWhereInput;
  const where = { ...live, dueOn: { lte: amberUntil(today) } } satisfies Prisma.ActionItemWhereInput;

  const rows = await soonestActions(actor, where, limit);
  // Fewer rows than the limit are every action in `where`: they are the counts (issue 15).
  const cutoff = overdueBefore(today);
  const [overdue, dueSoon] = await Promise.all([
    countUnlessAllRead(
      rows,
      limit,
      () => prisma.actionItem.count({ where: { ...live, dueOn: { lt: cutoff } } }),
      (row) => row.dueOn < cutoff,
    ),
    countUnlessAllRead(
      rows,
      limit,
      () => prisma.actionItem.count({ where: { ...live, dueOn: { gte: cutoff, lte: amberUntil(today) } } }),
      (row) => row.dueOn >= cutoff,
    ),
  ]);

  return {
    overdue,
    dueSoon,
    items: rows.map((row) => {
      const summary = toActionSummary(row, today);
      return { ...summary, rag: summary.rag ?? "AMBER" };
    }),
  };
}
