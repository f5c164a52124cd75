import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { investigationEdit, investigationForm, openCase } from "@/lib/testing/investigation-fixtures";
import { conflictErrors } from "@/lib/testing/conflict-errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { day } from "@/prisma/factories/create-reference-data";
import { updateInvestigationSchema, type InvestigationFormValues } from "@/lib/investigations/schemas";
import { updateInvestigation } from "@/lib/investigations/server/update-investigation";
import { addInvestigationUpdate } from "@/lib/investigations/server/add-investigation-update";

const now = new Date("2026-11-27T12:00:00Z");

withTestDatabase();

/** `user` saves the investigation form (`over` on its defaults) at the versions they saw. */
const editAs = (
  user: Parameters<typeof actorFor>[0],
  ids: Parameters<typeof investigationEdit>[0],
  over?: Parameters<typeof investigationEdit>[1],
) => updateInvestigation({ actor: actorFor(user), now, input: investigationEdit(ids, over) });
/** The versions of an investigation and its offence as created: its first edit. */
const firstEdit = (investigation: { id: number }) => ({
  id: investigation.id,
  version: 1,
  offenceVersion: 1,
});

const auditRows = (entityType: string, id: number) =>
  getPrisma().auditEvent.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: "asc" } });

describe("updateInvestigation", () => {
  it("lets the officer in charge save, updating the offence's knife flag in the same transaction, with audit rows", async () => {
    const { oic, offence, investigation } = await openCase();
    const saved = await editAs(oic, firstEdit(investigation), {
      status: "CHARGED",
      chargedOn: "2026-11-20",
      knifeRecovered: "yes",
      flagged: true,
      scrutinyReason: "Delay in forensics",
    });
    expect(saved).toEqual({ id: investigation.id, offenceId: offence.id, version: 2, offenceVersion: 2 });
    const row = await getPrisma().investigation.findUniqueOrThrow({
      where: { id: investigation.id },
      include: { offence: true },
    });
    expect(row).toMatchObject({
      status: "CHARGED",
      flaggedForScrutiny: true,
      scrutinyReason: "Delay in forensics",
      flaggedById: oic.id,
      version: 2,
    });
    expect(row.offence).toMatchObject({ knifeRecovered: true, version: 2 });

    const [invAudit] = await auditRows("investigation", investigation.id);
    expect(invAudit).toMatchObject({
      event: "investigation.updated",
      category: "ALTERATION",
      actorId: oic.id,
    });
    expect(invAudit!.changes).toMatchObject({
      fields: {
        status: { from: "OPEN", to: "CHARGED" },
        chargedOn: { from: null, to: "2026-11-20T00:00:00.000Z" },
      },
    });
    const offenceAudit = (await auditRows("offence", offence.id)).find((r) => r.event === "offence.updated");
    expect(offenceAudit?.changes).toMatchObject({ fields: { knifeRecovered: { from: false, to: true } } });
  });

  it("refuses another investigator, audits the refusal, and changes nothing", async () => {
    const { investigation } = await openCase();
    const other = await createUser(getPrisma(), { role: "INVESTIGATOR" });
    await expect(
      editAs(other, firstEdit(investigation), { status: "PENDING_SUSPECT" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refusal = await getPrisma().auditEvent.findFirst({
      where: { event: "access.refused", actorId: other.id },
    });
    expect(refusal).toMatchObject({ entityType: "investigation", entityId: String(investigation.id) });
    expect(
      await getPrisma().investigation.findUniqueOrThrow({ where: { id: investigation.id } }),
    ).toMatchObject({ status: "OPEN", version: 1 });
    await expect(
      addInvestigationUpdate({
        actor: actorFor(other),
        input: { id: investigation.id, body: "Not my case" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an analyst (no investigations.update.own)", async () => {
    const { investigation } = await openCase();
    const analyst = await createUser(getPrisma(), { role: "ANALYST" });
    await expect(editAs(analyst, firstEdit(investigation))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a bad outcome code, a future date and an outcome before the offence, with nothing changed", async () => {
    const { oic, investigation } = await openCase();
    expect(
      updateInvestigationSchema.safeParse({
        id: investigation.id,
        version: 1,
        offenceVersion: 1,
        ...investigationForm({ outcomeCode: "24" }),
      }).success,
    ).toBe(false);
    const ids = firstEdit(investigation);
    const cases: [Partial<InvestigationFormValues>, string][] = [
      [{ outcomeCode: "1", outcomeOn: "2026-11-28" }, "outcomeOn"],
      [{ outcomeCode: "1", outcomeOn: "2026-09-30" }, "outcomeOn"],
      [{ chargedOn: "2027-01-01" }, "chargedOn"],
      [{ status: "FINALISED" }, "outcomeCode"],
    ];
    for (const [over, field] of cases) {
      const error = await editAs(oic, ids, over).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    }
    const bad = { ...investigationEdit(ids), outcomeCode: 24, outcomeOn: day("2026-11-01") };
    await expect(updateInvestigation({ actor: actorFor(oic), now, input: bad })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(
      await getPrisma().investigation.findUniqueOrThrow({ where: { id: investigation.id } }),
    ).toMatchObject({ version: 1, outcomeCode: 0, outcomeOn: null });
    expect(await auditRows("investigation", investigation.id)).toEqual([]);
  });

  it("answers a stale version with CONFLICT listing what changed and who saved it, and writes nothing", async () => {
    const { oic, investigation } = await openCase();
    const ids = firstEdit(investigation);
    await editAs(oic, ids, { status: "PENDING_SUSPECT" });
    const fieldErrors = await conflictErrors(editAs(oic, ids, { nextReviewOn: "2026-12-10" }));
    expect(fieldErrors._form?.[0]).toContain("DC Owner (Investigator) saved this investigation");
    expect(fieldErrors.status?.[0]).toBe(
      "Status was changed: you entered “Open”, the saved value is “Pending suspect”",
    );
    expect(fieldErrors.nextReviewOn?.[0]).toContain(
      "you entered “10 Dec 2026”, the saved value is “4 Dec 2026”",
    );
    const row = await getPrisma().investigation.findUniqueOrThrow({ where: { id: investigation.id } });
    expect(row).toMatchObject({ version: 2, status: "PENDING_SUSPECT", nextReviewOn: day("2026-12-04") });
    expect(await auditRows("investigation", investigation.id)).toHaveLength(1);
  });

  it("rolls back the investigation and its audit row when the offence write is refused (one transaction)", async () => {
    const prisma = getPrisma();
    const { oic, offence, investigation } = await openCase();
    // A concurrent editor inside the transaction's window: a trigger bumps the offence's version as
    // soon as the investigation row is written, so the guarded offence write then finds it stale.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION test_bump_offence() RETURNS trigger AS $$
      BEGIN UPDATE "Offence" SET version = version + 1 WHERE id = NEW."offenceId"; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER test_bump_offence AFTER UPDATE ON "Investigation" FOR EACH ROW EXECUTE FUNCTION test_bump_offence()`,
    );
    try {
      const error = await editAs(oic, firstEdit(investigation), {
        status: "PENDING_SUSPECT",
        knifeRecovered: "yes",
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "CONFLICT" });
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER test_bump_offence ON "Investigation"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION test_bump_offence()`);
    }
    expect(await prisma.investigation.findUniqueOrThrow({ where: { id: investigation.id } })).toMatchObject({
      status: "OPEN",
      version: 1,
    });
    expect(await prisma.offence.findUniqueOrThrow({ where: { id: offence.id } })).toMatchObject({
      knifeRecovered: false,
      version: 1,
    });
    expect(await auditRows("investigation", investigation.id)).toEqual([]);
  });
});
