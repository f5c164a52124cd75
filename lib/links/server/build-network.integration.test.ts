import { beforeAll, describe, expect, it } from "vitest";
import { ONE_OF_EACH_ROLE, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { giveReasonForPerson } from "@/lib/testing/access-reason";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { buildNetwork } from "@/lib/links/server/build-network";
import type { Network } from "@/lib/links/network";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

// A chain: root offence — suspect — second offence — its victim (three steps), plus a group the
// suspect belongs to, a P item and a C item on the suspect, and a person named only by the C item.
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const prisma = getPrisma();
  const offence = await createOffence(prisma);
  const suspect = await createPerson(prisma, { surname: "Linkson", forenames: "Dev" });
  const second = await createOffence(prisma);
  const farVictim = await createPerson(prisma, { surname: "Threesteps", forenames: "Ola" });
  await linkPerson(prisma, offence.id, suspect.id, "SUSPECT");
  await linkPerson(prisma, second.id, suspect.id, "SUSPECT");
  await linkPerson(prisma, second.id, farVictim.id, "VICTIM");
  const group = await prisma.group.create({
    data: { name: `Network gang ${Date.now()}`, type: "STREET_GANG" },
  });
  await prisma.groupMembership.create({
    data: { groupId: group.id, personId: suspect.id, role: "principal", startOn: day("2025-01-01") },
  });
  const open = await createIntelligenceItem(prisma, {
    submittedById: actors.analyst.id,
    personIds: [suspect.id],
    text: "Open text about Linkson",
  });
  const hiddenFriend = await createPerson(prisma, { surname: "Onlyinrestricted", forenames: "Sam" });
  const restricted = await createIntelligenceItem(prisma, {
    submittedById: actors.analyst.id,
    handlingCode: "C",
    personIds: [suspect.id, hiddenFriend.id],
    text: "RESTRICTED TEXT must never reach an investigator",
  });
  return { offence, suspect, second, farVictim, group, open, restricted, hiddenFriend };
}

withTestDatabase();
const actors = withActors(ONE_OF_EACH_ROLE);
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  world = await makeWorld();
});

async function networkOf(
  actor: Actor,
  root: { type: "person" | "offence" | "group"; id: number },
  cap?: number,
): Promise<Network> {
  const result = await buildNetwork({ actor, root, cap });
  if (result.status !== "ok") throw new Error(`expected a network, got ${result.status}`);
  return result.network;
}
const keys = (n: Network) => n.nodes.map((x) => x.key);

describe("buildNetwork", () => {
  it("reaches two steps and no further, with the step distance and the link reason", async () => {
    const net = await networkOf(actors.analyst, { type: "offence", id: world.offence.id });
    const at = (key: string) => net.nodes.find((n) => n.key === key);
    expect(at(`offence:${world.offence.id}`)).toMatchObject({ distance: 0 });
    expect(at(`person:${world.suspect.id}`)).toMatchObject({
      distance: 1,
      label: "LINKSON, Dev",
      reason: expect.stringMatching(/^Suspect, through /),
    });
    expect(at(`offence:${world.second.id}`)).toMatchObject({ distance: 2 });
    expect(at(`group:${world.group.id}`)).toMatchObject({
      distance: 2,
      reason: expect.stringMatching(/^Member \(principal\), through LINKSON, Dev/),
    });
    expect(at(`intelligence:${world.restricted.id}`)).toMatchObject({ distance: 2, restrictedIntel: false });
    // Three steps away: the second offence's victim, and the person named only by the C item.
    expect(keys(net)).not.toContain(`person:${world.farVictim.id}`);
    expect(keys(net)).not.toContain(`person:${world.hiddenFriend.id}`);
    expect(net.edges).toContainEqual(
      expect.objectContaining({
        source: `offence:${world.offence.id}`,
        target: `person:${world.suspect.id}`,
      }),
    );
  });

  it("never shows an investigator a C-coded item as a node or edge; its subject says restricted intelligence exists (issue 13.13)", async () => {
    const fromSuspect = await giveReasonForPerson(actors.investigator, world.suspect.id);
    expect(fromSuspect.reason).toBeTruthy();
    const net = await networkOf(actors.investigator, { type: "person", id: world.suspect.id });
    const restrictedKey = `intelligence:${world.restricted.id}`;
    expect(keys(net)).not.toContain(restrictedKey);
    expect(net.edges.some((e) => e.source === restrictedKey || e.target === restrictedKey)).toBe(false);
    expect(net.nodes.find((n) => n.key === `person:${world.suspect.id}`)).toMatchObject({
      restrictedIntel: true,
    });
    expect(net.nodes.find((n) => n.key === `offence:${world.offence.id}`)).toMatchObject({
      restrictedIntel: false,
    });
    expect(JSON.stringify(net)).not.toContain("RESTRICTED TEXT");
    expect(JSON.stringify(net)).not.toContain(world.restricted.reference);
    // The analyst's view of the same person goes through the item to the person it names.
    await giveReasonForPerson(actors.analyst, world.suspect.id);
    const full = await networkOf(actors.analyst, { type: "person", id: world.suspect.id });
    expect(keys(full)).toContain(`person:${world.hiddenFriend.id}`);
    expect(keys(net)).not.toContain(`person:${world.hiddenFriend.id}`);
    expect(net.includesGroups).toBe(false);
    expect(net.nodes.some((n) => n.type === "group")).toBe(false);
    expect(net.nodes.find((n) => n.key === `intelligence:${world.open.id}`)).toMatchObject({
      restrictedIntel: false,
      detail: "Graded 2 B P",
    });
  });

  it("asks for a reason before a network from a person, as the person record does, then logs one consultation per view", async () => {
    const person = await createPerson(getPrisma(), { surname: "Gated" });
    const asked = await buildNetwork({ actor: actors.investigator, root: { type: "person", id: person.id } });
    expect(asked).toMatchObject({ status: "reason-required", context: { type: "person", id: person.id } });
    // The reason page must not name whom it opens (issue 13.9).
    expect(JSON.stringify(asked)).not.toMatch(/gated/i);
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "network.viewed", entityType: "person", entityId: String(person.id) },
      }),
    ).toBe(0);
    await saveAccessReason({
      actor: actors.investigator,
      input: { contextType: "person", contextId: person.id, reason: "Other", details: "Checking links" },
    });
    await networkOf(actors.investigator, { type: "person", id: person.id });
    const rows = await getPrisma().auditEvent.findMany({
      where: { event: "network.viewed", entityType: "person", entityId: String(person.id) },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      category: "CONSULTATION",
      justification: "Checking links",
      actorId: actors.investigator.id,
    });
  });

  it("lists the persons and readable items shown in the consultation row", async () => {
    await networkOf(actors.analyst, { type: "offence", id: world.offence.id });
    const row = await getPrisma().auditEvent.findFirstOrThrow({
      where: {
        event: "network.viewed",
        entityType: "offence",
        entityId: String(world.offence.id),
        actorId: actors.analyst.id,
      },
      orderBy: { id: "desc" },
    });
    expect(row.changes).toMatchObject({
      detail: {
        persons: [world.suspect.id],
        intelligence: expect.arrayContaining([world.open.id, world.restricted.id]),
      },
    });
  });

  it("caps the nodes, nearest first, and says how many were left out", async () => {
    const net = await networkOf(actors.analyst, { type: "offence", id: world.offence.id }, 2);
    expect(keys(net)).toEqual([`offence:${world.offence.id}`, `person:${world.suspect.id}`]);
    expect(net.omitted).toBeGreaterThanOrEqual(4);
    expect(net.edges.every((e) => keys(net).includes(e.source) && keys(net).includes(e.target))).toBe(true);
  });

  it("refuses partners and administrators, and investigators a group root, with audited refusals", async () => {
    for (const actor of [actors.partner, actors.admin]) {
      await expect(
        buildNetwork({ actor, root: { type: "offence", id: world.offence.id } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      buildNetwork({ actor: actors.investigator, root: { type: "group", id: world.group.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refused = await getPrisma().auditEvent.count({
      where: {
        event: "access.refused",
        actorId: { in: [actors.partner.id, actors.admin.id, actors.investigator.id] },
      },
    });
    expect(refused).toBeGreaterThanOrEqual(3);
    await expect(
      buildNetwork({ actor: actors.analyst, root: { type: "group", id: 99_999_999 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
