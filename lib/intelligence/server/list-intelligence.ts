import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IntelListPage } from "@/lib/intelligence/intel-dto";
import type { IntelListQuery } from "@/lib/intelligence/list-query";
import { intelligenceAccess, type IntelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { dbDateOf } from "@/lib/dates/day";

const EXCERPT = 200;

/**
 * One page of the intelligence register under the access rule. Conditions on content (text,
 * reference, source, assessment) apply only to items the actor may read, so an investigator's search
 * never finds a C-coded item by what it says; restricted items still appear, as markers, in the
 * unfiltered list and in handling and date filters. Texts are cut to an excerpt.
 */
export async function listIntelligence({
  actor,
  query,
}: {
  actor: Actor;
  query: IntelListQuery;
}): Promise<IntelListPage> {
  await requirePermission(actor, "intel.read", { entity: { type: "intelligence", id: "list" } });
  const access = intelligenceAccess(actor);
  const f = query.filters;

  const content: Prisma.IntelligenceItemWhereInput[] = [];
  if (f.q)
    content.push({
      OR: [
        { text: { contains: f.q, mode: "insensitive" } },
        { reference: { contains: f.q, mode: "insensitive" } },
      ],
    });
  if (f.source) content.push({ sourceEvaluation: f.source });
  if (f.assessment) content.push({ assessment: f.assessment });
  const where: Prisma.IntelligenceItemWhereInput = {
    AND: [
      access.exists,
      ...(content.length > 0 ? [access.readable, ...content] : []),
      ...(f.handling ? [{ handlingCode: f.handling }] : []),
      ...(f.from ? [{ receivedOn: { gte: dbDateOf(f.from) } }] : []),
      ...(f.to ? [{ receivedOn: { lte: dbDateOf(f.to) } }] : []),
    ],
  };

  // Sorting by grading would place each restricted item by its own grading: only for those who may read it.
  const gradingSortable = access.mayReadRestricted;
  const sort = query.sort === "grading" && !gradingSortable ? "received" : query.sort;
  const d = query.dir;
  const orderBy: Prisma.IntelligenceItemOrderByWithRelationInput[] =
    sort === "reference"
      ? [{ reference: d }]
      : sort === "grading"
        ? [
            { sourceEvaluation: d },
            { assessment: d },
            { handlingCode: d },
            { receivedOn: "desc" },
            { id: "desc" },
          ]
        : [{ receivedOn: d }, { id: d }];

  const prisma = getPrisma();
  const total = await prisma.intelligenceItem.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(query.page, totalPages);
  const window = { skip: (page - 1) * query.size, take: query.size };
  // Sorting by reference would place each restricted marker between the references an investigator
  // can read, telling its hidden reference (issue 13.12). For them: readable items by reference, then
  // the markers after them in received order, which they may know.
  const rows =
    sort === "reference" && !access.mayReadRestricted
      ? await readableThenMarkers(where, access, d, window)
      : await prisma.intelligenceItem.findMany({ where, orderBy, ...window, select: access.select });
  return {
    rows: rows.map((row) => {
      const entry = access.redact(row);
      return entry.restricted ? entry : { ...entry, text: excerpt(entry.text) };
    }),
    total,
    page,
    pageSize: query.size,
    totalPages,
    gradingSortable,
  };
}

async function readableThenMarkers(
  where: Prisma.IntelligenceItemWhereInput,
  access: IntelligenceAccess,
  dir: "asc" | "desc",
  window: { skip: number; take: number },
) {
  const prisma = getPrisma();
  const readable: Prisma.IntelligenceItemWhereInput = { AND: [where, access.readable] };
  const markers: Prisma.IntelligenceItemWhereInput = { AND: [where, { NOT: access.readable }] };
  const readableCount = await prisma.intelligenceItem.count({ where: readable });
  const first =
    window.skip < readableCount
      ? await prisma.intelligenceItem.findMany({
          where: readable,
          orderBy: [{ reference: dir }],
          ...window,
          select: access.select,
        })
      : [];
  const rest = window.take - first.length;
  const after =
    rest > 0
      ? await prisma.intelligenceItem.findMany({
          where: markers,
          orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
          skip: Math.max(0, window.skip - readableCount),
          take: rest,
          select: access.select,
        })
      : [];
  return [...first, ...after];
}

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1).trimEnd()}…`;
}
