import { expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { writeImport } from "@/lib/imports/server/write-import";
import {
  describeImport,
  importAuditCount,
  importCsv,
  importedOffenceCount,
  importRow,
  runImport,
} from "@/lib/testing/import-fixtures";
import { createUser } from "@/prisma/factories/create-user";

// The RMS extract's offences file: invalid rows, "import all" against "import valid", a second
// import of the same file, files that are not an extract, the officer in charge.

describeImport("importing the RMS extract's offences", (imports) => {
  it("reports each invalid row in the dry run and, for 'import all', writes nothing", async () => {
    const file = importCsv(
      importRow("IMP-1"),
      importRow("IMP-2", { recorded: "02/10/2026" }),
      importRow("IMP-3", { npu: "Narnia" }),
    );
    const { dry, result, run: after } = await runImport(file, null, "all");
    expect(dry.offences).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 2 });
    expect(after.status).toBe("FAILED");
    expect(result?.written).toBe(false);
    expect(after.errors).toEqual([
      {
        file: "offences",
        line: 3,
        column: "recorded_date",
        reason: "“02/10/2026” is not a date in the format YYYY-MM-DD, for example 2026-03-27",
      },
      { file: "offences", line: 4, column: "npu", reason: "“Narnia” is not a neighbourhood policing unit" },
    ]);
    expect(await importedOffenceCount()).toBe(0);
    expect(await importAuditCount()).toBe(0);
  });

  it("imports the valid rows only when asked, each collected with an audit row of source 'import'", async () => {
    const { result } = await runImport(
      importCsv(importRow("IMP-1"), importRow("IMP-2", { recorded: "bad" })),
      null,
      "valid",
    );
    expect(result).toMatchObject({ written: true, offences: { new: 1, invalid: 1 } });
    const offence = await getPrisma().offence.findUniqueOrThrow({
      where: { crimeReference: "IMP-1" },
      include: { investigation: { include: { oic: true } } },
    });
    expect(offence).toMatchObject({
      source: "IMPORT",
      knifeUsed: true,
      reportedVictimAge: 30,
      youngestVictimAge: 30,
      summary: "Synthetic, imported",
    });
    expect(offence.investigation).toMatchObject({ status: "OPEN", oic: { email: imports.oicEmail } });
    const events = await getPrisma().auditEvent.findMany({
      where: { source: "import" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.event, e.category])).toEqual([
      ["offence.imported", "COLLECTION"],
      ["import.completed", "COLLECTION"],
    ]);
  });

  it("changes nothing when the same file is imported again, and updates a changed row as an alteration", async () => {
    const file = importCsv(importRow("IMP-1"), importRow("IMP-4"));
    await runImport(file, null, "all");
    const before = await getPrisma().offence.findUniqueOrThrow({ where: { crimeReference: "IMP-1" } });
    const audits = await importAuditCount();
    const again = await runImport(file, null, "all");
    expect(again.dry.offences).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 0 });
    expect(await importAuditCount()).toBe(audits + 1); // the run's own import.completed only
    expect(
      (await getPrisma().offence.findUniqueOrThrow({ where: { crimeReference: "IMP-1" } })).version,
    ).toBe(before.version);

    const changed = await runImport(
      importCsv(importRow("IMP-1", { summary: "Moved to CID", age: "19" }), importRow("IMP-4")),
      null,
      "all",
    );
    expect(changed.dry.offences).toEqual({ new: 0, changed: 1, unchanged: 1, invalid: 0 });
    const after = await getPrisma().offence.findUniqueOrThrow({ where: { crimeReference: "IMP-1" } });
    expect(after).toMatchObject({
      summary: "Moved to CID",
      reportedVictimAge: 19,
      youngestVictimAge: 19,
      version: before.version + 1,
    });
    const alteration = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "offence.updated", entityId: String(after.id) },
    });
    expect(alteration).toMatchObject({ category: "ALTERATION", source: "import" });
    expect(alteration.changes).toEqual({
      fields: {
        reportedVictimAge: { from: 30, to: 19 },
        summary: { from: "Synthetic, imported", to: "Moved to CID" },
      },
    });
  });

  it("refuses a file that is not CSV or has a misspelt header, and never imports a run twice", async () => {
    const before = await importedOffenceCount();
    const binary = await runImport("\u0000\u0001PK", null, null);
    expect(binary.run.errors).toEqual([
      {
        file: "offences",
        line: 1,
        column: "",
        reason: "The file holds binary data: it is not a CSV text file",
      },
    ]);
    const misspelt = await runImport(
      importCsv(importRow("IMP-9")).replace("occurred_date", "occured_date"),
      null,
      "all",
    );
    expect((misspelt.run.errors as { reason: string }[]).map((e) => e.reason)).toContain(
      "Unknown column “occured_date”: did you mean “occurred_date”?",
    );
    await expect(
      writeImport({
        runId: misspelt.id,
        mode: "all",
        actor: SYSTEM_ACTOR,
        open: () => ({ offences: [""], persons: null }),
      }),
    ).rejects.toThrow(AppError);
    // Neither file, nor the second write of the refused run, added an offence.
    expect(await importedOffenceCount()).toBe(before);
  });

  it("accepts only an active investigator as officer in charge, as reassignment does (issue 13.16)", async () => {
    const prisma = getPrisma();
    const partner = await createUser(prisma, { role: "PARTNER", provider: "Redthread" });
    const admin = await createUser(prisma, { role: "ADMIN" });
    const analyst = await createUser(prisma, { role: "ANALYST" });
    const disabled = await createUser(prisma, { role: "INVESTIGATOR", disabledAt: new Date() });
    const others = [partner, admin, analyst, disabled];
    const lines = others.map((u, i) => importRow(`IMP-OIC-${i}`).replace(imports.oicEmail, u.email));
    const { dry, run: after } = await runImport(importCsv(...lines), null, "all");
    expect(dry.offences.invalid).toBe(others.length);
    expect((after.errors as { column: string; reason: string }[]).map((e) => [e.column, e.reason])).toEqual(
      others.map((u) => ["oic_email", `No active investigator has the email ${u.email}`]),
    );
    expect(await prisma.offence.count({ where: { crimeReference: { startsWith: "IMP-OIC-" } } })).toBe(0);
  });
});
