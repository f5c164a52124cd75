import { describe, expect, it } from "vitest";
import { auditRows, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { openCase } from "@/lib/testing/investigation-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { addInvestigationUpdate } from "@/lib/investigations/server/add-investigation-update";
import { reassignInvestigation } from "@/lib/investigations/server/reassign-investigation";
import { getInvestigation } from "@/lib/investigations/server/get-investigation";

// An investigation's other changes and its page: updates from the officer in charge,
// reassignment, who may edit. Saving the investigation itself: update-investigation.integration.test.ts.

withTestDatabase();

describe("addInvestigationUpdate", () => {
  it("appends the officer in charge's update with a COLLECTION audit row", async () => {
    const { oic, investigation } = await openCase();
    await addInvestigationUpdate({
      actor: actorFor(oic),
      input: { id: investigation.id, body: "CCTV requested from the shop" },
    });
    const updates = await getPrisma().investigationUpdate.findMany({
      where: { investigationId: investigation.id },
    });
    expect(updates).toEqual([
      expect.objectContaining({ authorId: oic.id, body: "CCTV requested from the shop" }),
    ]);
    const [row] = await auditRows({ entityType: "investigation", entityId: String(investigation.id) });
    expect(row).toMatchObject({ event: "investigation.note-added", category: "COLLECTION" });
  });
});

describe("reassignInvestigation", () => {
  it("lets an analyst choose another active investigator, audited; refuses an investigator and a non-investigator", async () => {
    const prisma = getPrisma();
    const { oic, investigation } = await openCase();
    const analyst = await createUser(prisma, { role: "ANALYST" });
    const next = await createUser(prisma, { role: "INVESTIGATOR", name: "DC Next" });
    // Every attempt sends version 1: the last, after the reassignment, is stale.
    const reassign = (by: typeof oic, oicId: number) =>
      reassignInvestigation({ actor: actorFor(by), input: { id: investigation.id, version: 1, oicId } });
    await expect(reassign(oic, next.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reassign(analyst, analyst.id)).rejects.toMatchObject({ code: "VALIDATION" });
    await reassign(analyst, next.id);
    expect(await prisma.investigation.findUniqueOrThrow({ where: { id: investigation.id } })).toMatchObject({
      oicId: next.id,
      version: 2,
    });
    const row = (await auditRows({ entityType: "investigation", entityId: String(investigation.id) })).find(
      (r) => r.event === "investigation.reassigned",
    );
    expect(row).toMatchObject({ category: "ALTERATION", actorId: analyst.id });
    expect(row!.changes).toMatchObject({ fields: { oicId: { from: oic.id, to: next.id } } });
    await expect(reassign(analyst, oic.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("getInvestigation", () => {
  it("lets only the officer in charge edit, offers reassignment to analysts, and logs the consultation", async () => {
    const prisma = getPrisma();
    const { oic, offence } = await openCase();
    const other = await createUser(prisma, { role: "INVESTIGATOR" });
    const analyst = await createUser(prisma, { role: "ANALYST" });
    expect(await getInvestigation({ actor: actorFor(oic), offenceId: offence.id })).toMatchObject({
      canEdit: true,
      canReassign: false,
      oicOptions: [],
    });
    expect(await getInvestigation({ actor: actorFor(other), offenceId: offence.id })).toMatchObject({
      canEdit: false,
      canReassign: false,
    });
    const forAnalyst = await getInvestigation({ actor: actorFor(analyst), offenceId: offence.id });
    expect(forAnalyst).toMatchObject({ canEdit: false, canReassign: true });
    expect(forAnalyst?.oicOptions.map((o) => o.id)).toEqual(expect.arrayContaining([oic.id, other.id]));
    const viewed = await prisma.auditEvent.findFirst({
      where: { event: "offence.viewed", actorId: oic.id, entityId: String(offence.id) },
    });
    expect(viewed).toMatchObject({
      category: "CONSULTATION",
      justification: "Opened the offence record: investigation",
    });
  });
});
