import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { LIVE_ACTION_STATUSES } from "@/lib/action-items/rules";
import {
  findActionSummaries,
  soonestActions,
  toActionSummary,
} from "@/lib/action-items/server/action-summary";
import type { RaisedActions } from "@/lib/action-items/types";
import { countUnlessAllRead } from "@/lib/pagination";

const RECENT_DAYS = 14;

/**
 * "Actions I raised", beside "My actions": what the actor asked others to do that is still open,
 * and what was closed in the last two weeks (so a completion is seen, not only notified). Those
 * closed most recently first, then the open ones soonest due.
 */
export async function listRaisedActions({
  actor,
  limit = 10,
  now = new Date(),
}: {
  actor: Actor;
  limit?: number;
  now?: Date;
}): Promise<RaisedActions> {
  await requirePermission(actor, "actions.manage");
  const prisma = getPrisma();
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const open = {
    raisedById: actor.id,
    OR: [{ status: { in: [...LIVE_ACTION_STATUSES] } }, { status: "NOT_POSSIBLE", closedAt: null }],
  } satisfies Prisma.ActionItemWhereInput;
  const closed = { raisedById: actor.id, closedAt: { gte: since } } satisfies Prisma.ActionItemWhereInput;
  const [closedRows, openRows] = await Promise.all([
    findActionSummaries(actor, {
      where: closed,
      orderBy: [{ closedAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
    soonestActions(actor, open, limit),
  ]);
  // A list shorter than the limit is its own count (issue 15).
  const [openCount, closedCount] = await Promise.all([
    countUnlessAllRead(openRows, limit, () => prisma.actionItem.count({ where: open })),
    countUnlessAllRead(closedRows, limit, () => prisma.actionItem.count({ where: closed })),
  ]);
  const today = todayInUk(now);
  return {
    open: openCount,
    recentlyClosed: closedCount,
    items: [...closedRows, ...openRows].slice(0, limit).map((r) => toActionSummary(r, today)),
  };
}
