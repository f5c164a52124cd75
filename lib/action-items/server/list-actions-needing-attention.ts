import "server-only";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { ukDate } from "@/lib/dashboard/rules";
import { actionRag, amberUntil, LIVE_ACTION_STATUSES, overdueBefore, type Rag } from "@/lib/action-items/rules";

export type AttentionAction = {
  id: number;
  title: string;
  ownerName: string;
  dueOn: Date;
  status: ActionStatus;
  rag: Rag;
  offence: { id: number; crimeReference: string } | null;
  timesCarried: number;
};

export type ActionsNeedingAttention = { overdue: number; dueSoon: number; items: AttentionAction[] };

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
  const today = ukDate(now);
  const live = { status: { in: [...LIVE_ACTION_STATUSES] } } satisfies Prisma.ActionItemWhereInput;
  const where = { ...live, dueOn: { lte: amberUntil(today) } } satisfies Prisma.ActionItemWhereInput;

  const [overdue, dueSoon, rows] = await Promise.all([
    prisma.actionItem.count({ where: { ...live, dueOn: { lt: overdueBefore(today) } } }),
    prisma.actionItem.count({ where: { ...live, dueOn: { gte: overdueBefore(today), lte: amberUntil(today) } } }),
    prisma.actionItem.findMany({
      where,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        dueOn: true,
        status: true,
        timesCarried: true,
        owner: { select: { name: true } },
        offence: { select: { id: true, crimeReference: true } },
      },
    }),
  ]);

  return {
    overdue,
    dueSoon,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      ownerName: row.owner.name,
      dueOn: row.dueOn,
      status: row.status,
      // Every row here is live and due by the amber horizon, so it always has a RAG.
      rag: actionRag(row, today) ?? "AMBER",
      offence: row.offence,
      timesCarried: row.timesCarried,
    })),
  };
}
