import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the overdue jobs (notice, escalation) tell people about a live action past its due date. */
export const OVERDUE_ACTION_SELECT = {
  id: true,
  title: true,
  dueOn: true,
  ownerId: true,
  raisedById: true,
  owner: { select: { name: true } },
} satisfies Prisma.ActionItemSelect;
