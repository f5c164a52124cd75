import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { verifyAuditChain } from "@/lib/audit/server/verify-audit-chain";
import { dryRunImport } from "@/lib/imports/server/dry-run-import";
import { writeImport, type ImportMode } from "@/lib/imports/server/write-import";
import { listImportDuplicates } from "@/lib/imports/server/list-import-duplicates";
import { actorFor } from "@/lib/testing/actor-for";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

let oicEmail: string;

withTestDatabase();
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  oicEmail = (await createUser(getPrisma(), { role: "INVESTIGATOR" })).email;
});

const HEADER =
  "crime_reference,recorded_date,occurred_date,ho_offence_code,knife_used,npu,hotspot,victim_age,outcome_code,outcome_date,oic_email,summary";
const row = (
  ref: string,
  extra: Partial<
    Record<"recorded" | "occurred" | "code" | "npu" | "age" | "outcome" | "outcomeOn" | "summary", string>
  > = {},
) =>
  `${ref},${extra.recorded ?? "2026-10-02"},${extra.occurred ?? "2026-10-01"},${extra.code ?? "8N"},Y,${extra.npu ?? "Coventry"},,${extra.age ?? "30"},${extra.outcome ?? ""},${extra.outcomeOn ?? ""},${oicEmail},"${extra.summary ?? "Synthetic, imported"}"`;
const csv = (...lines: string[]) => `${HEADER}\r\n${lines.join("\r\n")}\r\n`;

async function run(offences: string, persons: string | null, mode: ImportMode | null) {
  const prisma = getPrisma();
  const importRun = await prisma.importRun.create({
    data: { offencesFile: "offences.csv", personsFile: persons ? "persons.csv" : null },
  });
  const open = () => ({ offences: [offences], persons: persons ? [persons] : null });
  const dry = await dryRunImport({ runId: importRun.id, open });
  const result = mode ? await writeImport({ runId: importRun.id, mode, actor: SYSTEM_ACTOR, open }) : null;
  return {
    id: importRun.id,
    dry: dry!,
    result,
    run: await prisma.importRun.findUniqueOrThrow({ where: { id: importRun.id } }),
  };
}

const offenceCount = () => getPrisma().offence.count({ where: { crimeReference: { startsWith: "IMP-" } } });
const auditCount = () => getPrisma().auditEvent.count({ where: { source: "import" } });

describe("importing the RMS extract", () => {
  it("reports each invalid row in the dry run and, for 'import all', writes nothing", async () => {
    const file = csv(row("IMP-1"), row("IMP-2", { recorded: "02/10/2026" }), row("IMP-3", { npu: "Narnia" }));
    const { dry, result, run: after } = await run(file, null, "all");
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
    expect(await offenceCount()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("imports the valid rows only when asked, each collected with an audit row of source 'import'", async () => {
    const { result } = await run(csv(row("IMP-1"), row("IMP-2", { recorded: "bad" })), null, "valid");
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
    expect(offence.investigation).toMatchObject({ status: "OPEN", oic: { email: oicEmail } });
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
    const file = csv(row("IMP-1"), row("IMP-4"));
    await run(file, null, "all");
    const before = await getPrisma().offence.findUniqueOrThrow({ where: { crimeReference: "IMP-1" } });
    const audits = await auditCount();
    const again = await run(file, null, "all");
    expect(again.dry.offences).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 0 });
    expect(await auditCount()).toBe(audits + 1); // the run's own import.completed only
    expect(
      (await getPrisma().offence.findUniqueOrThrow({ where: { crimeReference: "IMP-1" } })).version,
    ).toBe(before.version);

    const changed = await run(
      csv(row("IMP-1", { summary: "Moved to CID", age: "19" }), row("IMP-4")),
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

  it("matches persons on their RMS nominal id, links them, and takes under-25 from victims' dates of birth", async () => {
    const known = await createPerson(getPrisma(), {
      rmsRef: "N-KNOWN",
      surname: "Oldname",
      forenames: "Kay",
    });
    const persons = [
      "crime_reference,person_ref,role,surname,forenames,date_of_birth,gender",
      "IMP-5,N-NEW,VICTIM,Testington,Jay,2010-05-01,F",
      "IMP-5,N-KNOWN,SUSPECT,Newname,Kay,,M",
      "IMP-1,N-NEW,WITNESS,Testington,Jay,2010-05-01,F",
      "IMP-404,N-X,VICTIM,Nobody,Al,,U",
    ].join("\n");
    const first = await run(csv(row("IMP-5", { age: "40" })), persons, "valid");
    expect(first.dry.persons).toEqual({ new: 1, changed: 1, unchanged: 0, invalid: 1 });
    expect(first.dry.links).toEqual({ new: 3, unchanged: 0 });
    expect(first.run.errors).toEqual([
      {
        file: "persons",
        line: 5,
        column: "crime_reference",
        reason: "No valid offence IMP-404 is in the offences file, and none is recorded already",
      },
    ]);
    const offence = await getPrisma().offence.findUniqueOrThrow({
      where: { crimeReference: "IMP-5" },
      include: { persons: { include: { person: true } } },
    });
    expect(offence.youngestVictimAge).toBe(16);
    // The new offence's links are part of its collection row; the link to IMP-1 (recorded) has its own.
    const collectedRow = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "offence.imported", entityId: String(offence.id) },
    });
    expect((collectedRow.changes as { detail: { persons: unknown[] } }).detail.persons).toHaveLength(2);
    expect(await getPrisma().auditEvent.count({ where: { event: "person.linked", source: "import" } })).toBe(
      1,
    );
    expect(offence.persons.map((l) => [l.role, l.person.rmsRef, l.ageAtTime]).sort()).toEqual([
      ["SUSPECT", "N-KNOWN", null],
      ["VICTIM", "N-NEW", 16],
    ]);
    expect(await getPrisma().person.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({
      surname: "Newname",
      gender: "MALE",
      version: known.version + 1,
    });
    const again = await run(csv(row("IMP-5", { age: "40" })), persons, "valid");
    expect(again.dry.persons).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 1 });
    expect(again.dry.links).toEqual({ new: 0, unchanged: 3 });
  });

  it("finalises an investigation when the RMS records its outcome, and reopens it when the RMS withdraws it", async () => {
    const investigationOf = (ref: string) =>
      getPrisma().investigation.findFirstOrThrow({ where: { offence: { crimeReference: ref } } });
    await run(csv(row("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }), row("OUT-2")), null, "all");
    expect(await investigationOf("OUT-1")).toMatchObject({ status: "FINALISED", outcomeCode: 1 });
    const open = await investigationOf("OUT-2");
    expect(open.status).toBe("OPEN");

    // The officer in charge moved it on in the app; the RMS then records a community resolution.
    await getPrisma().investigation.update({ where: { id: open.id }, data: { status: "PENDING_SUSPECT" } });
    const finalised = await run(
      csv(
        row("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }),
        row("OUT-2", { outcome: "8", outcomeOn: "2026-10-06" }),
      ),
      null,
      "all",
    );
    expect(finalised.dry.offences).toEqual({ new: 0, changed: 1, unchanged: 1, invalid: 0 });
    expect(await investigationOf("OUT-2")).toMatchObject({
      status: "FINALISED",
      outcomeCode: 8,
      version: open.version + 1,
    });
    const alteration = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "investigation.updated", entityId: String(open.id) },
      orderBy: { id: "desc" },
    });
    expect(alteration).toMatchObject({ category: "ALTERATION", source: "import" });
    expect((alteration.changes as { fields: Record<string, unknown> }).fields).toMatchObject({
      status: { from: "PENDING_SUSPECT", to: "FINALISED" },
      outcomeCode: { from: null, to: 8 },
    });

    // Withdrawn in the RMS: open again. An unfinished case without an outcome keeps its app status.
    await run(csv(row("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }), row("OUT-2")), null, "all");
    expect(await investigationOf("OUT-2")).toMatchObject({
      status: "OPEN",
      outcomeCode: null,
      outcomeOn: null,
    });
  });

  it("takes the domestic-abuse flag when the file has the column, and leaves it alone when not", async () => {
    const withFlag = `${HEADER},domestic_abuse\r\n${row("DA-1")},Y\r\n${row("DA-2")},\r\n`;
    await run(withFlag, null, "all");
    const flagged = () =>
      getPrisma().offence.findMany({
        where: { crimeReference: { startsWith: "DA-" } },
        orderBy: { crimeReference: "asc" },
        select: { domesticAbuse: true },
      });
    expect((await flagged()).map((o) => o.domesticAbuse)).toEqual([true, false]);
    const again = await run(csv(row("DA-1"), row("DA-2")), null, "all"); // no domestic_abuse column
    expect(again.dry.offences).toMatchObject({ changed: 0, unchanged: 2 });
    expect((await flagged()).map((o) => o.domesticAbuse)).toEqual([true, false]);
  });

  it("offers each new person for merge with the recorded persons the find-before-create rules propose", async () => {
    const recorded = await createPerson(getPrisma(), {
      surname: "Quillfeather",
      forenames: "Morgan",
      dateOfBirth: new Date("2008-02-03T00:00:00Z"),
    });
    const persons = [
      "crime_reference,person_ref,role,surname,forenames,date_of_birth,gender",
      "DUP-1,N-DUP,VICTIM,Quilfeather,Morgan,2008-02-03,F",
      "DUP-1,N-ALONE,WITNESS,Zzyzxwick,Ana,,F",
    ].join("\n");
    const imported = await run(csv(row("DUP-1")), persons, "all");
    const analyst = actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
    const list = await listImportDuplicates({ actor: analyst, runId: imported.id, page: 1 });
    expect(list.total).toBe(2);
    const [dup, alone] = list.items;
    expect(dup).toMatchObject({
      name: expect.stringMatching(/QUILFEATHER/i),
      matches: [{ id: recorded.id, sameDateOfBirth: true }],
    });
    expect(alone!.matches).toEqual([]);
    const viewed = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "import.duplicates-viewed", entityId: String(imported.id) },
    });
    expect(viewed).toMatchObject({ category: "CONSULTATION", actorId: analyst.id });
    expect((viewed.changes as { detail: { persons: number[] } }).detail.persons).toEqual([
      dup!.id,
      alone!.id,
    ]);

    // An earlier import's persons are not this run's; an investigator may not see the list at all.
    expect(
      (await listImportDuplicates({ actor: analyst, runId: imported.id - 1, page: 1 })).items.map(
        (p) => p.id,
      ),
    ).not.toContain(dup!.id);
    const investigator = actorFor(await createUser(getPrisma(), { role: "INVESTIGATOR" }));
    await expect(listImportDuplicates({ actor: investigator, runId: imported.id, page: 1 })).rejects.toThrow(
      AppError,
    );
  });

  it("refuses a file that is not CSV or has a misspelt header, and never imports a run twice", async () => {
    const binary = await run("\u0000\u0001PK", null, null);
    expect(binary.run.errors).toEqual([
      {
        file: "offences",
        line: 1,
        column: "",
        reason: "The file holds binary data: it is not a CSV text file",
      },
    ]);
    const misspelt = await run(csv(row("IMP-9")).replace("occurred_date", "occured_date"), null, "all");
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
    expect(await offenceCount()).toBe(3);
  });

  it("accepts only an active investigator as officer in charge, as reassignment does (issue 13.16)", async () => {
    const prisma = getPrisma();
    const partner = await createUser(prisma, { role: "PARTNER", provider: "Redthread" });
    const admin = await createUser(prisma, { role: "ADMIN" });
    const analyst = await createUser(prisma, { role: "ANALYST" });
    const disabled = await createUser(prisma, { role: "INVESTIGATOR", disabledAt: new Date() });
    const others = [partner, admin, analyst, disabled];
    const lines = others.map((u, i) => row(`IMP-OIC-${i}`).replace(oicEmail, u.email));
    const { dry, run: after } = await run(csv(...lines), null, "all");
    expect(dry.offences.invalid).toBe(others.length);
    expect((after.errors as { column: string; reason: string }[]).map((e) => [e.column, e.reason])).toEqual(
      others.map((u) => ["oic_email", `No active investigator has the email ${u.email}`]),
    );
    expect(await prisma.offence.count({ where: { crimeReference: { startsWith: "IMP-OIC-" } } })).toBe(0);
  });

  it("keeps the audit chain whole", async () => {
    expect(await verifyAuditChain({ db: getPrisma() })).toMatchObject({ ok: true });
  });
});
