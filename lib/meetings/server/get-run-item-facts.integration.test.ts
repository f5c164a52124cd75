import { describe, expect, it } from "vitest";
import { auditRows, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { getRunItemFacts } from "@/lib/meetings/server/get-run-item-facts";

// Issue 12: the chair's item screen showed a title and a note; the chair left the meeting to read
// the case. Now the facts come with the item, and viewing them is logged (s.62).

withTestDatabase();

const db = () => getPrisma();

async function caseItem() {
  const chair = await createUser(db(), { role: "CHAIR" });
  const oic = await createUser(db(), { role: "INVESTIGATOR", name: "DC Ember Runfold" });
  const offence = await createOffence(db(), { knifeUsed: true, knifeRecovered: true });
  await createInvestigation(db(), {
    offenceId: offence.id,
    oicId: oic.id,
    flaggedForScrutiny: true,
    scrutinyReason: "No arrest in 28 days",
    flaggedById: oic.id,
  });
  const victim = await createPerson(db(), { surname: "Larkspur", forenames: "Tobin" });
  const suspect = await createPerson(db(), { surname: "Quarrel", forenames: "Idris" });
  await linkPerson(db(), offence.id, victim.id, "VICTIM");
  await linkPerson(db(), offence.id, suspect.id, "SUSPECT");
  const p = await createIntelligenceItem(db(), { submittedById: oic.id, offenceIds: [offence.id] });
  const c = await createIntelligenceItem(db(), {
    submittedById: oic.id,
    offenceIds: [offence.id],
    handlingCode: "C",
  });
  const earlier = await createMeeting(db(), {
    chairId: chair.id,
    status: "CLOSED",
    heldAt: new Date("2026-11-10T10:00:00Z"),
  });
  const decision = await db().decision.create({
    data: {
      meetingId: earlier.id,
      offenceId: offence.id,
      text: "Fast-track forensics",
      rationale: "Knife recovered",
      recordedById: chair.id,
    },
  });
  const action = await createActionItem(db(), {
    ownerId: oic.id,
    raisedById: chair.id,
    meetingId: earlier.id,
    offenceId: offence.id,
    decisionId: decision.id,
    title: "Submit the knife",
  });
  const meeting = await createMeeting(db(), { chairId: chair.id, status: "IN_SESSION" });
  const item = await db().agendaItem.create({
    data: { meetingId: meeting.id, position: 1, kind: "SCRUTINY", title: "Scrutiny", offenceId: offence.id },
  });
  return { chair, offence, meeting, item, p, c, action, decision };
}

describe("getRunItemFacts", () => {
  it("shows the offence, its people, OIC, intelligence and earlier decisions, and logs the consultation", async () => {
    const { chair, offence, meeting, item, p, c, action, decision } = await caseItem();
    const facts = await getRunItemFacts({
      actor: actorFor(chair),
      meetingId: meeting.id,
      agendaItemId: item.id,
      today: new Date("2026-12-08T10:00:00Z"),
    });
    expect(facts.offence).toMatchObject({ id: offence.id, knifeUsed: true, knifeRecovered: true });
    expect(facts.people.map((x) => [x.name, x.role])).toEqual([
      ["LARKSPUR, Tobin", "VICTIM"],
      ["QUARREL, Idris", "SUSPECT"],
    ]);
    expect(facts.investigation).toMatchObject({
      oic: "DC Ember Runfold",
      status: "OPEN",
      scrutiny: { reason: "No arrest in 28 days", flaggedBy: "DC Ember Runfold" },
    });
    expect(facts.intelligence).toMatchObject({ open: 1, restricted: 1 });
    expect(facts.intelligence!.items!.map((i) => i.id).sort()).toEqual([p.id, c.id].sort());
    expect(facts.earlierDecisions.map((d) => d.id)).toEqual([decision.id]);
    expect(facts.earlierActions.map((a) => a.id)).toEqual([action.id]);

    // s.62: one consultation of the offence, and each intelligence item shown as the record logs it.
    const consulted = await auditRows({ event: "offence.viewed", entityId: String(offence.id) });
    expect(consulted).toHaveLength(1);
    expect(consulted[0]!.justification).toContain("Captiva Guardian");
    expect((await auditRows({ event: "intel.viewed", entityId: String(p.id) })).length).toBe(1);
    expect((await auditRows({ event: "intel.viewed", entityId: String(c.id) })).length).toBe(1);
  });

  it("refuses everyone but the chair, and an item of another meeting", async () => {
    const { meeting, item, chair } = await caseItem();
    for (const role of ["ANALYST", "INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const actor = actorFor(await createUser(db(), { role }));
      await expect(
        getRunItemFacts({ actor, meetingId: meeting.id, agendaItemId: item.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createMeeting(db(), { chairId: chair.id, status: "IN_SESSION" });
    await expect(
      getRunItemFacts({ actor: actorFor(chair), meetingId: other.id, agendaItemId: item.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
