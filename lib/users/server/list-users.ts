import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { PAGE_SIZE, pageWindow } from "@/lib/pagination";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { UserListQuery } from "@/lib/users/schemas";
import type { UserPage } from "@/lib/users/types";
import { toUserDetail, userDetailSelect } from "@/lib/users/server/user-row";

/** The users admin list: search by name or email, filter by role and status, one page at a time. */
export async function listUsers({
  actor,
  query,
  pageSize = PAGE_SIZE,
}: {
  actor: Actor;
  query: UserListQuery;
  pageSize?: number;
}): Promise<UserPage> {
  await requirePermission(actor, "users.manage");
  const prisma = getPrisma();

  const where: Prisma.UserWhereInput = {
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            // Emails are stored lower-cased: a plain (exact-case) contains on the lower-cased query.
            { email: { contains: query.q.trim().toLowerCase() } },
          ],
        }
      : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.status === "active"
      ? { disabledAt: null }
      : query.status === "disabled"
        ? { disabledAt: { not: null } }
        : {}),
  };

  const total = await prisma.user.count({ where });
  const { page, totalPages, skip, take } = pageWindow(query.page, total, pageSize);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
    select: userDetailSelect,
  });

  return {
    users: rows.map((row) => {
      const user = toUserDetail(row);
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        jobTitle: user.jobTitle,
        role: user.role,
        npuName: user.npuName,
        providerName: user.providerName,
        disabled: user.disabled,
        lastSignInAt: user.lastSignInAt,
      };
    }),
    total,
    page,
    pageSize,
    totalPages,
  };
}
