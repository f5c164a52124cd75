import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { statementsOf } from "@/lib/testing/sql-statements";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { listMyActions } from "@/lib/action-items/server/list-my-actions";
import { listActionsNeedingAttention } from "@/lib/action-items/server/list-actions-needing-attention";
import { listRaisedActions } from "@/lib/action-items/server/list-raised-actions";

// Issue 15: every home shows action lists with their counts, and each count was a statement of
// its own. A list shorter than its limit holds every matching action, so its counts are read
// from its rows; a full list still asks the database. Either way the numbers are the same.

withTestDatabase();
const now = new Date("2026-11-27T12:00:00Z");
let chair: Actor;
let owner: Actor;

beforeAll(async () => {
  const prisma = getPrisma();
  chair = actorFor(await createUser(prisma, { role: "CHAIR" }));
  owner = actorFor(await createUser(prisma, { role: "INVESTIGATOR" }));
  const action = (title: string, dueOn: string, status: ActionStatus = "OPEN", closedAt?: Date) =>
    createActionItem(prisma, {
      ownerId: owner.id,
      raisedById: chair.id,
      title,
      dueOn: day(dueOn),
      status,
      closedAt,
    });
  await action("Overdue", "2026-11-20", "IN_PROGRESS");
  await action("Due today", "2026-11-27");
  await action("Due in a week", "2026-12-04");
  await action("Green", "2026-12-20");
  await action("Closed last week", "2026-11-10", "COMPLETED", new Date("2026-11-20T10:00:00Z"));
});

const counts = (statements: string[]) => statements.filter((s) => /COUNT\(\*\)/i.test(s));

describe("action lists shorter than their limit", () => {
  it("my actions: the total and the overdue from the rows, no COUNT", async () => {
    const sent = await statementsOf(() => listMyActions({ actor: owner, now }));
    expect(counts(sent), sent.join("\n")).toEqual([]);
    expect(await listMyActions({ actor: owner, now })).toMatchObject({ total: 4, overdue: 1 });
  });

  it("actions needing attention: overdue and due soon from the rows, no COUNT", async () => {
    const sent = await statementsOf(() => listActionsNeedingAttention({ actor: chair, now }));
    expect(counts(sent), sent.join("\n")).toEqual([]);
    expect(await listActionsNeedingAttention({ actor: chair, now })).toMatchObject({
      overdue: 1,
      dueSoon: 2,
    });
  });

  it("actions raised: open and recently closed from the rows, no COUNT", async () => {
    const sent = await statementsOf(() => listRaisedActions({ actor: chair, now }));
    expect(counts(sent), sent.join("\n")).toEqual([]);
    expect(await listRaisedActions({ actor: chair, now })).toMatchObject({ open: 4, recentlyClosed: 1 });
  });
});

describe("an action list's rows", () => {
  it("come with their owner, case and meeting in one more statement, however many relations", async () => {
    // Issue 15: the owner, the case and the meeting were a statement each.
    const sent = await statementsOf(() => listMyActions({ actor: owner, now }));
    expect(sent, sent.join("\n")).toHaveLength(2);
  });
});

describe("action lists as long as their limit", () => {
  it.each([1, 2, 4])("count in the database with a limit of %i, to the same numbers", async (limit) => {
    const mine = await listMyActions({ actor: owner, now, limit });
    expect(mine).toMatchObject({ total: 4, overdue: 1 });
    expect(mine.items).toHaveLength(limit);
    const attention = await listActionsNeedingAttention({ actor: chair, now, limit });
    expect(attention).toMatchObject({ overdue: 1, dueSoon: 2 });
    expect(await listRaisedActions({ actor: chair, now, limit })).toMatchObject({
      open: 4,
      recentlyClosed: 1,
    });
  });
});
