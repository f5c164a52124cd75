import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { ACTION_NOW, makeOwnedAction } from "@/lib/testing/action-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { raiseAction } from "@/lib/action-items/server/raise-action";

// Forum actions (issue 6): raising an action on a meeting's item, refusing bad input.

withTestDatabase();

const now = ACTION_NOW;

describe("raising an action in the meeting", () => {
  it("refuses a past due date and a disabled owner, saves a good one linked to the item", async () => {
    const { chair, owner } = await makeOwnedAction();
    const offence = await createOffence(getPrisma());
    const meeting = await createMeeting(getPrisma(), { chairId: chair.id, status: "IN_SESSION" });
    const item = await getPrisma().agendaItem.create({
      data: { meetingId: meeting.id, position: 1, kind: "NEW_OFFENCE", title: "Item", offenceId: offence.id },
    });
    const disabled = await createUser(getPrisma(), { role: "INVESTIGATOR", disabledAt: now });
    const input = {
      agendaItemId: item.id,
      title: "Trawl CCTV",
      description: "",
      ownerId: owner.id,
      dueOn: day("2026-12-04"),
      decisionId: null,
    };

    await expect(
      raiseAction({ actor: actorFor(chair), input: { ...input, dueOn: day("2026-11-26") }, now }),
    ).rejects.toMatchObject({
      fieldErrors: { dueOn: ["The due date must be today or in the future"] },
    });
    await expect(
      raiseAction({ actor: actorFor(chair), input: { ...input, ownerId: disabled.id }, now }),
    ).rejects.toMatchObject({
      fieldErrors: { ownerId: [expect.stringContaining("disabled")] },
    });
    const { id } = await raiseAction({ actor: actorFor(chair), input, now });
    expect(await getPrisma().actionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      meetingId: meeting.id,
      offenceId: offence.id,
      ownerId: owner.id,
    });
    expect(
      await getPrisma().notification.count({ where: { userId: owner.id, link: `/actions/${id}` } }),
    ).toBe(1);
  });
});
