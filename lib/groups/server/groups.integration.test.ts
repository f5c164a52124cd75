import { describe, expect, it } from "vitest";
import { ONE_OF_EACH_ROLE, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { makeGroup, planLineForm } from "@/lib/testing/group-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { addGroupMember } from "@/lib/groups/server/add-group-member";
import { addPlanLine } from "@/lib/groups/server/add-plan-line";
import { getGroupRecord } from "@/lib/groups/server/get-group-record";
import { listGroups } from "@/lib/groups/server/list-groups";
import { addMemberSchema, addPlanLineSchema } from "@/lib/groups/schemas";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";

withTestDatabase();
const actors = withActors(ONE_OF_EACH_ROLE);

describe("permissions", () => {
  it("refuses investigators and partners every group read and change, and audits each refusal", async () => {
    const group = await makeGroup();
    for (const actor of [actors.investigator, actors.partner]) {
      await expect(listGroups({ actor, query: { status: "active" } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getGroupRecord({ actor, groupId: group.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addPlanLine({
          actor,
          input: addPlanLineSchema.parse({ groupId: group.id, ...planLineForm(actors.analyst.id) }),
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The chair reads groups but does not edit them.
    await expect(
      addGroupMember({
        actor: actors.chair,
        input: addMemberSchema.parse({
          groupId: group.id,
          personId: "1",
          role: "associate",
          startOn: "2026-01-01",
        }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refusals = await getPrisma().auditEvent.findMany({
      where: {
        event: "access.refused",
        actorId: { in: [actors.investigator.id, actors.partner.id, actors.chair.id] },
      },
    });
    expect(refusals.length).toBeGreaterThanOrEqual(7);
    expect(await getPrisma().groupPlanLine.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("listGroups", () => {
  it("filters by type and status and counts only today's members", async () => {
    const gang = await makeGroup({ type: "STREET_GANG" });
    await makeGroup({ type: "ORGANISED_CRIME_GROUP", active: false });
    const [a, b] = [await createPerson(getPrisma()), await createPerson(getPrisma())];
    await getPrisma().groupMembership.createMany({
      data: [
        { groupId: gang.id, personId: a.id, role: "principal", startOn: day("2025-01-01") },
        {
          groupId: gang.id,
          personId: b.id,
          role: "associate",
          startOn: day("2025-01-01"),
          endOn: day("2025-06-01"),
        },
      ],
    });
    const active = await listGroups({
      actor: actors.chair,
      query: { status: "active", type: "STREET_GANG", q: gang.name },
    });
    expect(active.items).toEqual([
      expect.objectContaining({ id: gang.id, activeMembers: 1, type: "STREET_GANG" }),
    ]);
    const inactive = await listGroups({ actor: actors.analyst, query: { status: "inactive" } });
    expect(inactive.items.every((g) => !g.active && g.type === "ORGANISED_CRIME_GROUP")).toBe(true);
  });
});

describe("getGroupRecord", () => {
  it("shows members, offences, intelligence newest first and the plan, and logs the consultation", async () => {
    const group = await makeGroup();
    const person = await createPerson(getPrisma(), { surname: "Memberton", forenames: "Kai" });
    await getPrisma().groupMembership.create({
      data: { groupId: group.id, personId: person.id, role: "principal", startOn: day("2025-02-01") },
    });
    const offence = await createOffence(getPrisma());
    await getPrisma().groupOffence.create({ data: { groupId: group.id, offenceId: offence.id } });
    const older = await createIntelligenceItem(getPrisma(), {
      submittedById: actors.analyst.id,
      groupIds: [group.id],
      receivedOn: day("2026-01-01"),
    });
    const newer = await createIntelligenceItem(getPrisma(), {
      submittedById: actors.analyst.id,
      groupIds: [group.id],
      receivedOn: day("2026-03-01"),
      handlingCode: "C",
    });
    await createIntelligenceItem(getPrisma(), {
      submittedById: actors.analyst.id,
      groupIds: [group.id],
      withdrawnAt: new Date(),
    });

    const record = await getGroupRecord({ actor: actors.chair, groupId: group.id });
    expect(record.members).toEqual([
      expect.objectContaining({
        personId: person.id,
        name: "MEMBERTON, Kai",
        role: "principal",
        active: true,
      }),
    ]);
    expect(record.offences.map((o) => o.offenceId)).toEqual([offence.id]);
    expect(record.intelligence.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(record.intelligence[0]).toMatchObject({ restricted: false, grading: "2 B C" });
    const views = await getPrisma().auditEvent.findMany({
      where: { event: "group.viewed", entityId: String(group.id), actorId: actors.chair.id },
    });
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ category: "CONSULTATION", entityType: "group" });
  });
});
