import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/server/prisma";

// The shapes the meeting reads have in common (header, an action's line, intelligence counts), so the agenda, the pack, the run view and the close summary show the same fields
// read the same way. Each read adds what only it shows.

/** A meeting's header: what every list and page of meetings names it by. */
export const MEETING_HEADER_SELECT = {
  id: true,
  title: true,
  heldAt: true,
  location: true,
  status: true,
  packVersion: true,
} satisfies Prisma.MeetingSelect;

/** An action as a meeting lists it: what, by when, its status and its owner. */
export const ACTION_LINE_SELECT = {
  id: true,
  title: true,
  dueOn: true,
  status: true,
  owner: { select: { name: true } },
} satisfies Prisma.ActionItemSelect;

export type IntelligenceCounts = { open: number; restricted: number };

/**
 * Live intelligence linked to each offence, split by handling code (P open, C restricted). Every
 * count, restricted included: get-agenda-pack.ts strips the C count for those
 * intelligenceAccess(actor) does not let read C items.
 */
export async function countOffenceIntelligence(
  db: Tx,
  offenceIds: number[],
): Promise<Map<number, IntelligenceCounts>> {
  const counts = new Map<number, IntelligenceCounts>();
  if (offenceIds.length === 0) return counts;
  const intel = await db.$queryRaw<{ offenceId: number; handlingCode: "P" | "C"; n: number }[]>`
      SELECT io."offenceId", i."handlingCode"::text AS "handlingCode", count(*)::int AS n
      FROM "IntelligenceOffence" io JOIN "IntelligenceItem" i ON i.id = io."itemId"
      WHERE io."offenceId" = ANY(${offenceIds}::int[]) AND io."removedAt" IS NULL AND i."withdrawnAt" IS NULL
      GROUP BY 1, 2`;
  for (const row of intel) {
    const c = counts.get(row.offenceId) ?? { open: 0, restricted: 0 };
    if (row.handlingCode === "P") c.open += row.n;
    else c.restricted += row.n;
    counts.set(row.offenceId, c);
  }
  return counts;
}
