import { beforeAll, describe, expect, it } from "vitest";
import { makeRoleActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { listMyActions } from "@/lib/action-items/server/list-my-actions";
import { listActionsNeedingAttention } from "@/lib/action-items/server/list-actions-needing-attention";

// Both functions share one database: the forum-wide list sees every test's actions, so the
// attention test runs first and the others only add actions that are green or closed.

let chairId: number;
const now = new Date("2026-11-27T12:00:00Z");

withTestDatabase();
beforeAll(async () => {
  chairId = (await createUser(getPrisma(), { role: "CHAIR" })).id;
});

const action = (
  ownerId: number,
  title: string,
  dueOn: string,
  status: ActionStatus = "OPEN",
  offenceId?: number,
) =>
  createActionItem(getPrisma(), {
    ownerId,
    raisedById: chairId,
    title,
    dueOn: day(dueOn),
    status,
    offenceId,
  });

describe("listActionsNeedingAttention", () => {
  it("lists live actions across the forum that are overdue or due within 7 days, with RAG", async () => {
    const a = await createUser(getPrisma(), { role: "INVESTIGATOR", name: "DC Owner A" });
    const b = await createUser(getPrisma(), { role: "ANALYST", name: "Owner B" });
    await action(a.id, "Overdue", "2026-11-20", "IN_PROGRESS");
    await action(b.id, "Due in a week", "2026-12-04");
    await action(a.id, "Due today", "2026-11-27");
    await action(a.id, "Green", "2026-12-05");
    await action(b.id, "Closed late", "2026-11-01", "COMPLETED");
    await action(b.id, "Not done", "2026-11-01", "NOT_DONE");

    const result = await listActionsNeedingAttention({
      actor: actorFor(await getPrisma().user.findUniqueOrThrow({ where: { id: chairId } })),
      now,
    });
    expect(result).toMatchObject({ overdue: 1, dueSoon: 2 });
    expect(result.items.map((x) => [x.title, x.ownerName, x.rag])).toEqual([
      ["Overdue", "DC Owner A", "RED"],
      ["Due today", "DC Owner A", "AMBER"],
      ["Due in a week", "Owner B", "AMBER"],
    ]);
  });

  it("refuses an investigator and a partner", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER"] as const) {
      const actor = await makeRoleActor(role);
      await expect(listActionsNeedingAttention({ actor, now })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("listMyActions", () => {
  it("lists only the actor's live actions, soonest first, with RAG and the linked case", async () => {
    const me = await createUser(getPrisma(), { role: "INVESTIGATOR" });
    const someoneElse = await createUser(getPrisma(), { role: "INVESTIGATOR" });
    const offence = await createOffence(getPrisma());
    await action(me.id, "Later", "2027-01-10");
    await action(me.id, "Sooner", "2026-12-20", "IN_PROGRESS", offence.id);
    await action(me.id, "Done", "2026-12-01", "COMPLETED");
    await action(me.id, "Not possible", "2026-12-01", "NOT_POSSIBLE");
    await action(someoneElse.id, "Not mine", "2026-12-01");

    const result = await listMyActions({ actor: actorFor(me), now });
    expect(result).toMatchObject({ total: 2, overdue: 0 });
    expect(result.items.map((x) => [x.title, x.status, x.rag, x.offence])).toEqual([
      ["Sooner", "IN_PROGRESS", "GREEN", { id: offence.id, crimeReference: offence.crimeReference }],
      ["Later", "OPEN", "GREEN", null],
    ]);
  });

  it("is empty for someone with no live actions", async () => {
    const me = await createUser(getPrisma(), { role: "ANALYST" });
    expect(await listMyActions({ actor: actorFor(me), now })).toEqual({ total: 0, overdue: 0, items: [] });
  });

  it("gives a partner their own actions without the case they are about", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "St Giles Trust" });
    const offence = await createOffence(getPrisma(), {});
    await action(partner.id, "Contact the family", "2026-12-20", "OPEN", offence.id);
    const result = await listMyActions({ actor: actorFor(partner), now });
    expect(result.items.map((x) => [x.title, x.offence])).toEqual([["Contact the family", null]]);
    expect(JSON.stringify(result)).not.toContain(offence.crimeReference);
  });

  it("refuses an administrator (no action permission; partners own actions too)", async () => {
    for (const role of ["ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(listMyActions({ actor: actorFor(user), now })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
