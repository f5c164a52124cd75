import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { addGroupMember } from "@/lib/groups/server/add-group-member";
import { addPlanLine } from "@/lib/groups/server/add-plan-line";
import { endGroupMembership } from "@/lib/groups/server/end-group-membership";
import { getGroupRecord } from "@/lib/groups/server/get-group-record";
import { linkGroupOffence } from "@/lib/groups/server/link-group-offence";
import { listGroups } from "@/lib/groups/server/list-groups";
import { updatePlanLine } from "@/lib/groups/server/update-plan-line";
import {
  addMemberSchema,
  addPlanLineSchema,
  endMembershipSchema,
  linkOffenceSchema,
  updatePlanLineSchema,
} from "@/lib/groups/schemas";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

let analyst: Actor;
let chair: Actor;
let investigator: Actor;
let partner: Actor;
let n = 0;

withTestDatabase();
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  analyst = actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
  chair = actorFor(await createUser(getPrisma(), { role: "CHAIR" }));
  investigator = actorFor(await createUser(getPrisma(), { role: "INVESTIGATOR" }));
  partner = actorFor(await createUser(getPrisma(), { role: "PARTNER", provider: "St Giles Trust" }));
});

const makeGroup = (overrides: { type?: "STREET_GANG" | "ORGANISED_CRIME_GROUP"; active?: boolean } = {}) =>
  getPrisma().group.create({
    data: {
      name: `Test group ${++n} ${Date.now()}`,
      type: overrides.type ?? "STREET_GANG",
      active: overrides.active ?? true,
    },
  });
const lineForm = (ownerId: number, overrides: Record<string, string> = {}) => ({
  strand: "PURSUE",
  description: "Warrants at addresses linked to knife storage",
  ownerId: String(ownerId),
  status: "NOT_STARTED",
  dueOn: "2026-12-31",
  ...overrides,
});

describe("permissions", () => {
  it("refuses investigators and partners every group read and change, and audits each refusal", async () => {
    const group = await makeGroup();
    for (const actor of [investigator, partner]) {
      await expect(listGroups({ actor, query: { status: "active" } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getGroupRecord({ actor, groupId: group.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addPlanLine({
          actor,
          input: addPlanLineSchema.parse({ groupId: group.id, ...lineForm(analyst.id) }),
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The chair reads groups but does not edit them.
    await expect(
      addGroupMember({
        actor: chair,
        input: addMemberSchema.parse({
          groupId: group.id,
          personId: "1",
          role: "associate",
          startOn: "2026-01-01",
        }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refusals = await getPrisma().auditEvent.findMany({
      where: { event: "access.refused", actorId: { in: [investigator.id, partner.id, chair.id] } },
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
      actor: chair,
      query: { status: "active", type: "STREET_GANG", q: gang.name },
    });
    expect(active.items).toEqual([
      expect.objectContaining({ id: gang.id, activeMembers: 1, type: "STREET_GANG" }),
    ]);
    const inactive = await listGroups({ actor: analyst, query: { status: "inactive" } });
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
      submittedById: analyst.id,
      groupIds: [group.id],
      receivedOn: day("2026-01-01"),
    });
    const newer = await createIntelligenceItem(getPrisma(), {
      submittedById: analyst.id,
      groupIds: [group.id],
      receivedOn: day("2026-03-01"),
      handlingCode: "C",
    });
    await createIntelligenceItem(getPrisma(), {
      submittedById: analyst.id,
      groupIds: [group.id],
      withdrawnAt: new Date(),
    });

    const record = await getGroupRecord({ actor: chair, groupId: group.id });
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
      where: { event: "group.viewed", entityId: String(group.id), actorId: chair.id },
    });
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ category: "CONSULTATION", entityType: "group" });
  });
});

describe("memberships", () => {
  it("adds a member with an audit row, refuses a second current membership and a merged record", async () => {
    const group = await makeGroup();
    const person = await createPerson(getPrisma());
    const added = await addGroupMember({
      actor: analyst,
      input: addMemberSchema.parse({
        groupId: group.id,
        personId: String(person.id),
        role: "significant",
        startOn: "2026-02-03",
      }),
    });
    const audit = await getPrisma().auditEvent.findMany({
      where: { event: "group.member-added", entityId: String(group.id) },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ category: "COMBINATION", actorId: analyst.id });
    expect(audit[0]!.changes).toMatchObject({ detail: { membershipId: added.id, personId: person.id } });
    await expect(
      addGroupMember({
        actor: analyst,
        input: addMemberSchema.parse({
          groupId: group.id,
          personId: String(person.id),
          role: "associate",
          startOn: "2026-02-04",
        }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { personId: [expect.stringMatching(/already a current member/)] },
    });
    const merged = await createPerson(getPrisma(), { mergedIntoId: person.id, mergedAt: new Date() });
    await expect(
      addGroupMember({
        actor: analyst,
        input: addMemberSchema.parse({
          groupId: group.id,
          personId: String(merged.id),
          role: "associate",
          startOn: "2026-02-04",
        }),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("ends a membership once, refuses an end before the start and a stale version", async () => {
    const group = await makeGroup();
    const person = await createPerson(getPrisma());
    const m = await getPrisma().groupMembership.create({
      data: { groupId: group.id, personId: person.id, role: "peripheral", startOn: day("2026-03-01") },
    });
    await expect(
      endGroupMembership({
        actor: analyst,
        input: endMembershipSchema.parse({ membershipId: m.id, version: 1, endOn: "2026-02-01" }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const ended = await endGroupMembership({
      actor: analyst,
      input: endMembershipSchema.parse({ membershipId: m.id, version: 1, endOn: "2026-04-01" }),
    });
    expect(ended.version).toBe(2);
    await expect(
      endGroupMembership({
        actor: analyst,
        input: endMembershipSchema.parse({ membershipId: m.id, version: 1, endOn: "2026-05-01" }),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const saved = await getPrisma().groupMembership.findUniqueOrThrow({ where: { id: m.id } });
    expect(saved.endOn?.toISOString().slice(0, 10)).toBe("2026-04-01");
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "group.member-removed", entityId: String(m.id) },
      }),
    ).toBe(1);
  });
});

describe("plan lines", () => {
  it("adds and updates a line with audit rows; a stale version is a CONFLICT naming the saved values and nothing changes", async () => {
    const group = await makeGroup();
    const line = await addPlanLine({
      actor: analyst,
      input: addPlanLineSchema.parse({ groupId: group.id, ...lineForm(analyst.id) }),
    });
    const added = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "group.plan-line-added", entityId: String(line.id) },
    });
    expect(added).toMatchObject({ category: "COLLECTION", entityType: "group-plan-line" });

    const first = await updatePlanLine({
      actor: analyst,
      input: updatePlanLineSchema.parse({
        id: line.id,
        version: 1,
        ...lineForm(chair.id, { status: "IN_PROGRESS" }),
      }),
    });
    expect(first.version).toBe(2);
    const stale = updatePlanLine({
      actor: analyst,
      input: updatePlanLineSchema.parse({
        id: line.id,
        version: 1,
        ...lineForm(chair.id, { status: "COMPLETED" }),
      }),
    });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    const error = (await stale.catch((e: unknown) => e)) as { fieldErrors: Record<string, string[]> };
    expect(error.fieldErrors.status![0]).toMatch(/you entered “Completed”, the saved value is “In progress”/);
    expect(error.fieldErrors._form![0]).toMatch(/saved this plan line at/);

    const saved = await getPrisma().groupPlanLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(saved).toMatchObject({ status: "IN_PROGRESS", ownerId: chair.id, version: 2 });
    const updates = await getPrisma().auditEvent.findMany({
      where: { event: "group.plan-line-updated", entityId: String(line.id) },
    });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toMatchObject({
      fields: { status: { from: "NOT_STARTED", to: "IN_PROGRESS" } },
    });
  });

  it("refuses an owner who is a partner (partners never see groups)", async () => {
    const group = await makeGroup();
    await expect(
      addPlanLine({
        actor: analyst,
        input: addPlanLineSchema.parse({ groupId: group.id, ...lineForm(partner.id) }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: [expect.any(String)] },
    });
  });
});

describe("linkGroupOffence", () => {
  it("links by crime reference once, with an audit row", async () => {
    const group = await makeGroup();
    const offence = await createOffence(getPrisma());
    await linkGroupOffence({
      actor: analyst,
      input: linkOffenceSchema.parse({
        groupId: group.id,
        crimeReference: offence.crimeReference.toLowerCase(),
      }),
    });
    await expect(
      linkGroupOffence({
        actor: analyst,
        input: linkOffenceSchema.parse({ groupId: group.id, crimeReference: offence.crimeReference }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      linkGroupOffence({
        actor: analyst,
        input: linkOffenceSchema.parse({ groupId: group.id, crimeReference: "NO/SUCH/REF" }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await getPrisma().groupOffence.count({ where: { groupId: group.id } })).toBe(1);
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "group.offence-linked", entityId: String(group.id) },
      }),
    ).toBe(1);
  });
});
