import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";
import { can } from "@/lib/auth/permissions";
import type { IsoDay } from "@/lib/dates/day";
import { actionRag, isAwaitingReview } from "@/lib/action-items/rules";
import type { ActionSummary } from "@/lib/action-items/types";

// One row shape for every list of actions (home "My actions", the chair's attention list, the
// register, the minutes): the select and the mapping live here so the lists cannot drift apart.

/** A partner owns actions but may not see case data: not even the crime reference. */
export function actionSummarySelect(actor: Actor) {
  return {
    id: true,
    title: true,
    dueOn: true,
    status: true,
    closedAt: true,
    timesCarried: true,
    escalatedAt: true,
    owner: { select: { name: true } },
    offence: can(actor, "offences.read") ? { select: { id: true, crimeReference: true } } : false,
    meeting: { select: { title: true } },
  } satisfies Prisma.ActionItemSelect;
}

/** The first `limit` actions in `where` as summaries' rows, soonest due first (then by id). */
export function soonestActions(actor: Actor, where: Prisma.ActionItemWhereInput, limit: number) {
  return getPrisma().actionItem.findMany({
    where,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: limit,
    select: actionSummarySelect(actor),
  });
}

type Row = Prisma.ActionItemGetPayload<{ select: ReturnType<typeof actionSummarySelect> }>;

export function toActionSummary(row: Row, today: IsoDay): ActionSummary {
  return {
    id: row.id,
    title: row.title,
    ownerName: row.owner.name,
    dueOn: row.dueOn,
    status: row.status,
    awaitingReview: isAwaitingReview(row),
    rag: actionRag(row, today),
    timesCarried: row.timesCarried,
    escalated: row.escalatedAt != null,
    offence: (row.offence as { id: number; crimeReference: string } | null | undefined) ?? null,
    meetingTitle: row.meeting?.title ?? null,
  };
}
