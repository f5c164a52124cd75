import "server-only";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { pageWindow, type Paged } from "@/lib/pagination";
import { displayName } from "@/lib/labels/person-name";
import type { DecisionSearch } from "@/lib/decisions/schemas";

export type DecisionRow = {
  id: number;
  text: string;
  rationale: string;
  recordedAt: Date;
  recordedByName: string;
  meeting: { id: number; title: string; heldAt: Date };
  itemTitle: string | null;
  offence: { id: number; crimeReference: string } | null;
  person: { id: number; name: string } | null;
  actions: { id: number; title: string; ownerName: string; status: ActionStatus }[];
};

export type DecisionLog = Paged<DecisionRow> & { meetings: { id: number; title: string }[] };

/**
 * The decision log: every decision, newest first, searchable by meeting, case (crime reference),
 * person (name) and words in the decision or rationale, each with the actions it created. For the
 * chair and analysts (meetings.read: they read all case data).
 */
export async function searchDecisions({
  actor,
  search,
}: {
  actor: Actor;
  search: DecisionSearch;
}): Promise<DecisionLog> {
  await requirePermission(actor, "meetings.read");
  const prisma = getPrisma();
  const and: Prisma.DecisionWhereInput[] = [];
  if (search.meeting) and.push({ meetingId: search.meeting });
  if (search.case) and.push({ offence: { crimeReference: { contains: search.case, mode: "insensitive" } } });
  if (search.person) {
    for (const word of search.person.split(/\s+/).filter(Boolean).slice(0, 4)) {
      and.push({
        person: {
          OR: [
            { surname: { contains: word, mode: "insensitive" } },
            { forenames: { contains: word, mode: "insensitive" } },
          ],
        },
      });
    }
  }
  if (search.q) {
    and.push({
      OR: [
        { text: { contains: search.q, mode: "insensitive" } },
        { rationale: { contains: search.q, mode: "insensitive" } },
      ],
    });
  }
  const where = { AND: and } satisfies Prisma.DecisionWhereInput;
  const [total, meetings] = await Promise.all([
    prisma.decision.count({ where }),
    prisma.meeting.findMany({
      where: { decisions: { some: {} } },
      orderBy: { heldAt: "desc" },
      select: { id: true, title: true },
    }),
  ]);
  const window = pageWindow(search.page, total);
  const rows = await prisma.decision.findMany({
    where,
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    include: {
      recordedBy: { select: { name: true } },
      meeting: { select: { id: true, title: true, heldAt: true } },
      agendaItem: { select: { title: true } },
      offence: { select: { id: true, crimeReference: true } },
      person: { select: { id: true, surname: true, forenames: true } },
      actions: {
        orderBy: { id: "asc" },
        select: { id: true, title: true, status: true, owner: { select: { name: true } } },
      },
    },
  });
  return {
    items: rows.map((d) => ({
      id: d.id,
      text: d.text,
      rationale: d.rationale,
      recordedAt: d.recordedAt,
      recordedByName: d.recordedBy.name,
      meeting: d.meeting,
      itemTitle: d.agendaItem?.title ?? null,
      offence: d.offence,
      person: d.person ? { id: d.person.id, name: displayName(d.person) } : null,
      actions: d.actions.map((a) => ({
        id: a.id,
        title: a.title,
        ownerName: a.owner.name,
        status: a.status,
      })),
    })),
    total,
    page: window.page,
    pageSize: window.take,
    totalPages: window.totalPages,
    meetings,
  };
}
