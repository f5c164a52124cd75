import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";
import { getPrisma } from "@/lib/db/server/prisma";
import type { GroupListQuery } from "@/lib/groups/schemas";
import type { GroupType } from "@/lib/enums";
import { PAGE_SIZE, pageWindow, type Paged } from "@/lib/pagination";

export type GroupListRow = {
  id: number;
  name: string;
  type: GroupType;
  npu: string | null;
  activeMembers: number;
  active: boolean;
};

/**
 * The groups list (groups.read: chair and analyst), filtered by type, NPU, name and status, by
 * name. The member count is today's members (started, not ended). No person is shown, so this is
 * not a consultation.
 */
export async function listGroups({
  actor,
  query,
  page: requested = 1,
  now = new Date(),
}: {
  actor: Actor;
  query: GroupListQuery;
  page?: number;
  now?: Date;
}): Promise<Paged<GroupListRow>> {
  await requirePermission(actor, "groups.read");
  const prisma = getPrisma();
  const where: Prisma.GroupWhereInput = {
    ...(query.type ? { type: query.type } : {}),
    ...(query.npu ? { npuId: query.npu } : {}),
    ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const total = await prisma.group.count({ where });
  const { page, totalPages, skip, take } = pageWindow(requested, total);
  const today = dbDateInUk(now);
  const groups = await prisma.group.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      name: true,
      type: true,
      active: true,
      npu: { select: { name: true } },
      _count: {
        select: {
          members: { where: { startOn: { lte: today }, OR: [{ endOn: null }, { endOn: { gte: today } }] } },
        },
      },
    },
  });
  return {
    items: groups.map((g) => ({
      id: g.id,
      name: g.name,
      type: g.type,
      npu: g.npu?.name ?? null,
      activeMembers: g._count.members,
      active: g.active,
    })),
    total,
    page,
    pageSize: PAGE_SIZE,
    totalPages,
  };
}
