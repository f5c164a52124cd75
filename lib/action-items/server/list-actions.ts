import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { todayInUk } from "@/lib/dates/day";
import { pageWindow, type Paged } from "@/lib/pagination";
import { amberUntil, LIVE_ACTION_STATUSES, overdueBefore } from "@/lib/action-items/rules";
import type { ActionFilters } from "@/lib/action-items/filters";
import { findActionSummaries, toActionSummary } from "@/lib/action-items/server/action-summary";
import type { ActionSummary } from "@/lib/action-items/types";

/**
 * The action register: filtered by status, owner and RAG on the server, soonest due first, one page
 * at a time. The chair and analysts see every action; anyone else only their own.
 */
export async function listActions({
  actor,
  filters,
  now = new Date(),
}: {
  actor: Actor;
  filters: ActionFilters;
  now?: Date;
}): Promise<Paged<ActionSummary>> {
  const readsAll = can(actor, "actions.read");
  if (!readsAll) await requirePermission(actor, "actions.read.own");
  const today = todayInUk(now);
  const and: Prisma.ActionItemWhereInput[] = [];
  if (!readsAll) and.push({ ownerId: actor.id });
  else if (filters.owner) and.push({ ownerId: filters.owner });
  if (filters.raised === "me") and.push({ raisedById: actor.id });

  const live = { status: { in: [...LIVE_ACTION_STATUSES] } } satisfies Prisma.ActionItemWhereInput;
  if (filters.status === "open") and.push({ OR: [live, { status: "NOT_POSSIBLE", closedAt: null }] });
  else if (filters.status !== "all") and.push({ status: filters.status });
  // RAG belongs to live actions only.
  if (filters.rag === "RED") and.push(live, { dueOn: { lt: overdueBefore(today) } });
  if (filters.rag === "AMBER")
    and.push(live, { dueOn: { gte: overdueBefore(today), lte: amberUntil(today) } });
  if (filters.rag === "GREEN") and.push(live, { dueOn: { gt: amberUntil(today) } });

  const prisma = getPrisma();
  const where = { AND: and } satisfies Prisma.ActionItemWhereInput;
  const total = await prisma.actionItem.count({ where });
  const window = pageWindow(filters.page, total);
  const rows = await findActionSummaries(actor, {
    where,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
  });
  return {
    items: rows.map((row) => toActionSummary(row, today)),
    total,
    page: window.page,
    pageSize: window.take,
    totalPages: window.totalPages,
  };
}
