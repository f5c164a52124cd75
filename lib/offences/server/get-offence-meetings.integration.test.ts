import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { auditRows, makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { getOffenceMeetings } from "@/lib/offences/server/get-offence-meetings";

// The offence record's Meetings tab. Agenda items and decisions are the forum's (meetings.read);
// an investigator sees neither, and of the actions only their own. Partners and administrators
// are refused the record. Each case is read back from rows written here.

withTestDatabase();

let offenceId: number;

const actors = withActors({
  chair: "CHAIR",
  investigator: "INVESTIGATOR",
  otherInvestigator: "INVESTIGATOR",
});
beforeAll(async () => {
  const prisma = getPrisma();
  offenceId = (await createOffence(prisma)).id;
  const meeting = await createMeeting(prisma, { chairId: actors.chair.id, title: "Synthetic forum" });
  const item = await prisma.agendaItem.create({
    data: { meetingId: meeting.id, position: 1, kind: "SCRUTINY", title: "Case review", offenceId },
  });
  await prisma.decision.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: item.id,
      offenceId,
      text: "Refer to the mentoring pathway",
      rationale: "Synthetic rationale",
      recordedById: actors.chair.id,
    },
  });
  for (const [owner, title] of [
    [actors.investigator, "Own action"],
    [actors.otherInvestigator, "Other officer's action"],
  ] as const)
    await createActionItem(prisma, { ownerId: owner.id, raisedById: actors.chair.id, title, offenceId });
});

describe("getOffenceMeetings", () => {
  it("gives the chair the agenda items, decisions and every action, and logs the consultation", async () => {
    const result = await getOffenceMeetings({ actor: actors.chair, offenceId });
    expect(result).toMatchObject({ meetingsVisible: true, onlyOwnActions: false });
    expect(result.agendaItems.map((a) => a.title)).toEqual(["Case review"]);
    expect(result.decisions.map((d) => d.text)).toEqual(["Refer to the mentoring pathway"]);
    expect(result.actions.map((a) => a.title).sort()).toEqual(["Other officer's action", "Own action"]);
    const viewed = await auditRows({ event: "offence.viewed", entityId: String(offenceId) });
    expect(viewed.some((r) => r.actorId === actors.chair.id)).toBe(true);
  });

  it("gives an investigator no agenda items or decisions, and only their own actions", async () => {
    const result = await getOffenceMeetings({ actor: actors.investigator, offenceId });
    expect(result).toMatchObject({
      meetingsVisible: false,
      onlyOwnActions: true,
      agendaItems: [],
      decisions: [],
    });
    expect(result.actions.map((a) => a.title)).toEqual(["Own action"]);
    const theirs = await getOffenceMeetings({ actor: actors.otherInvestigator, offenceId });
    expect(theirs.actions.map((a) => a.title)).toEqual(["Other officer's action"]);
  });

  it("refuses partners and administrators", async () => {
    for (const role of ["PARTNER", "ADMIN"] as const)
      await expect(
        getOffenceMeetings({ actor: (await makeActor(role)).actor, offenceId }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
