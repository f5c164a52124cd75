import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { makeGroup, planLineForm } from "@/lib/testing/group-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { addGroupMember } from "@/lib/groups/server/add-group-member";
import { addPlanLine } from "@/lib/groups/server/add-plan-line";
import { endGroupMembership } from "@/lib/groups/server/end-group-membership";
import { linkGroupOffence } from "@/lib/groups/server/link-group-offence";
import { updatePlanLine } from "@/lib/groups/server/update-plan-line";
import {
  addMemberSchema,
  addPlanLineSchema,
  endMembershipSchema,
  linkOffenceSchema,
  updatePlanLineSchema,
} from "@/lib/groups/schemas";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence } from "@/prisma/factories/create-offence";
import { day } from "@/prisma/factories/create-reference-data";

// A group's changes: members joining and leaving, its plan's lines, its offences. Who may read
// and change groups at all: groups.integration.test.ts.

withTestDatabase();
const actors = withActors({ chair: "CHAIR", analyst: "ANALYST", partner: "PARTNER" });

describe("memberships", () => {
  it("adds a member with an audit row, refuses a second current membership and a merged record", async () => {
    const group = await makeGroup();
    const person = await createPerson(getPrisma());
    const added = await addGroupMember({
      actor: actors.analyst,
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
    expect(audit[0]).toMatchObject({ category: "COMBINATION", actorId: actors.analyst.id });
    expect(audit[0]!.changes).toMatchObject({ detail: { membershipId: added.id, personId: person.id } });
    await expect(
      addGroupMember({
        actor: actors.analyst,
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
        actor: actors.analyst,
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
    // Ends the membership on this day, as the analyst who saw version 1.
    const endMembership = (endOn: string) =>
      endGroupMembership({
        actor: actors.analyst,
        input: endMembershipSchema.parse({ membershipId: m.id, version: 1, endOn }),
      });
    await expect(endMembership("2026-02-01")).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const ended = await endMembership("2026-04-01");
    expect(ended.version).toBe(2);
    await expect(endMembership("2026-05-01")).rejects.toMatchObject({
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
      actor: actors.analyst,
      input: addPlanLineSchema.parse({ groupId: group.id, ...planLineForm(actors.analyst.id) }),
    });
    const added = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "group.plan-line-added", entityId: String(line.id) },
    });
    expect(added).toMatchObject({ category: "COLLECTION", entityType: "group-plan-line" });

    const first = await updatePlanLine({
      actor: actors.analyst,
      input: updatePlanLineSchema.parse({
        id: line.id,
        version: 1,
        ...planLineForm(actors.chair.id, { status: "IN_PROGRESS" }),
      }),
    });
    expect(first.version).toBe(2);
    const stale = updatePlanLine({
      actor: actors.analyst,
      input: updatePlanLineSchema.parse({
        id: line.id,
        version: 1,
        ...planLineForm(actors.chair.id, { status: "COMPLETED" }),
      }),
    });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    const error = (await stale.catch((e: unknown) => e)) as { fieldErrors: Record<string, string[]> };
    expect(error.fieldErrors.status![0]).toMatch(/you entered “Completed”, the saved value is “In progress”/);
    expect(error.fieldErrors._form![0]).toMatch(/saved this plan line at/);

    const saved = await getPrisma().groupPlanLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(saved).toMatchObject({ status: "IN_PROGRESS", ownerId: actors.chair.id, version: 2 });
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
        actor: actors.analyst,
        input: addPlanLineSchema.parse({ groupId: group.id, ...planLineForm(actors.partner.id) }),
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
      actor: actors.analyst,
      input: linkOffenceSchema.parse({
        groupId: group.id,
        crimeReference: offence.crimeReference.toLowerCase(),
      }),
    });
    await expect(
      linkGroupOffence({
        actor: actors.analyst,
        input: linkOffenceSchema.parse({ groupId: group.id, crimeReference: offence.crimeReference }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      linkGroupOffence({
        actor: actors.analyst,
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
