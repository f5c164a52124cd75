import { beforeAll, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { listImportDuplicates } from "@/lib/imports/server/list-import-duplicates";
import { actorFor } from "@/lib/testing/actor-for";
import { describeImport, importCsv, importRow, runImport } from "@/lib/testing/import-fixtures";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";

// The RMS extract's persons file: matching on the nominal id, links to new and recorded offences,
// and the new persons offered for merge. IMP-1 is recorded before the file's tests, by an import
// of its own.

describeImport("importing the RMS extract's persons", () => {
  beforeAll(async () => {
    await runImport(importCsv(importRow("IMP-1")), null, "all");
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
    const first = await runImport(importCsv(importRow("IMP-5", { age: "40" })), persons, "valid");
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
    const again = await runImport(importCsv(importRow("IMP-5", { age: "40" })), persons, "valid");
    expect(again.dry.persons).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 1 });
    expect(again.dry.links).toEqual({ new: 0, unchanged: 3 });
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
    const imported = await runImport(importCsv(importRow("DUP-1")), persons, "all");
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
});
