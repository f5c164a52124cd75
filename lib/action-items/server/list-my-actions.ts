import "server-only";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { can } from "@/lib/auth/permissions";
import { ukDate } from "@/lib/dashboard/rules";
import { actionRag, LIVE_ACTION_STATUSES, overdueBefore, type Rag } from "@/lib/action-items/rules";

export type MyAction = {
  id: number;
  title: string;
  dueOn: Date;
  status: ActionStatus;
  rag: Rag | null;
  /** The linked case, when the action is about one. */
  offence: { id: number; crimeReference: string } | null;
  meetingTitle: string | null;
};

export type MyActions = { total: number; overdue: number; items: MyAction[] };

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
  const today = ukDate(now);
  // The row rule: only actions the actor owns.
  const where = { ownerId: actor.id, status: { in: [...LIVE_ACTION_STATUSES] } } satisfies Prisma.ActionItemWhereInput;

  const [total, overdue, rows] = await Promise.all([
    prisma.actionItem.count({ where }),
    prisma.actionItem.count({ where: { ...where, dueOn: { lt: overdueBefore(today) } } }),
    prisma.actionItem.findMany({
      where,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        dueOn: true,
        status: true,
        // A partner owns actions but may not see case data: not even the crime reference.
        offence: can(actor, "offences.read") ? { select: { id: true, crimeReference: true } } : false,
        meeting: { select: { title: true } },
      },
    }),
  ]);

  return {
    total,
    overdue,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      dueOn: row.dueOn,
      status: row.status,
      rag: actionRag(row, today),
      offence: row.offence ?? null,
      meetingTitle: row.meeting?.title ?? null,
    })),
  };
}
