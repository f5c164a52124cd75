import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";
import { can } from "@/lib/auth/permissions";
import type { IsoDay } from "@/lib/dates/day";
import { actionRag, isAwaitingReview } from "@/lib/action-items/rules";
import type { ActionSummary } from "@/lib/action-items/types";

// One row shape for every list of actions (home "My actions", the chair's attention list, the
// register, the minutes): the select and the mapping live here so the lists cannot drift apart.

const ACTION_COLUMNS = {
  id: true,
  title: true,
  dueOn: true,
  status: true,
  closedAt: true,
  timesCarried: true,
  escalatedAt: true,
} satisfies Prisma.ActionItemSelect;

type Row = Prisma.ActionItemGetPayload<{ select: typeof ACTION_COLUMNS }> & {
  owner: { name: string };
  offence: { id: number; crimeReference: string } | null;
  meeting: { title: string } | null;
};

/**
 * The actions `args` find, as summaries' rows: their columns, then their owner's name, the case's
 * crime reference and the meeting's title in one statement for all of them (issue 15: Prisma sent
 * one statement per relation, even for no rows). A partner owns actions but may not see case
 * data: for them the case is not read, not even its crime reference.
 */
export async function findActionSummaries(
  actor: Actor,
  args: Omit<Prisma.ActionItemFindManyArgs, "select" | "include" | "omit">,
): Promise<Row[]> {
  const prisma = getPrisma();
  const rows = await prisma.actionItem.findMany({ ...args, select: ACTION_COLUMNS });
  if (rows.length === 0) return [];
  const seesCases = can(actor, "offences.read");
  const names = await prisma.$queryRaw<
    {
      id: number;
      owner: string;
      offenceId: number | null;
      crimeReference: string | null;
      meeting: string | null;
    }[]
  >`SELECT a.id, u."name" AS owner, m.title AS meeting,
      ${seesCases ? Prisma.sql`o.id` : Prisma.sql`NULL::int`} AS "offenceId",
      ${seesCases ? Prisma.sql`o."crimeReference"` : Prisma.sql`NULL::text`} AS "crimeReference"
    FROM "ActionItem" a
    JOIN "User" u ON u.id = a."ownerId"
    LEFT JOIN "Meeting" m ON m.id = a."meetingId"
    LEFT JOIN "Offence" o ON o.id = a."offenceId" AND ${seesCases}
    WHERE a.id = ANY(${rows.map((row) => row.id)}::int[])`;
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows.map((row) => {
    const n = byId.get(row.id)!;
    return {
      ...row,
      owner: { name: n.owner },
      offence: n.offenceId === null ? null : { id: n.offenceId, crimeReference: n.crimeReference! },
      meeting: n.meeting === null ? null : { title: n.meeting },
    };
  });
}

/** The first `limit` actions in `where` as summaries' rows, soonest due first (then by id). */
export function soonestActions(actor: Actor, where: Prisma.ActionItemWhereInput, limit: number) {
  return findActionSummaries(actor, { where, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: limit });
}

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
    offence: row.offence,
    meetingTitle: row.meeting?.title ?? null,
  };
}
