import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { offenceFormValues } from "@/lib/testing/offence-form-values";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { offenceFormSchema, type OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { createOffence } from "@/lib/offences/server/create-offence";
import { updateOffence } from "@/lib/offences/server/update-offence";
import { addPersonToOffence } from "@/lib/offences/server/add-person-to-offence";
import { createPerson as createPersonRecord } from "@/lib/persons/server/create-person";
import { createPerson } from "@/prisma/factories/create-person";
import { day } from "@/prisma/factories/create-reference-data";

withTestDatabase();
const actors = withActors({ analyst: "ANALYST", investigator: { role: "INVESTIGATOR", npu: "Coventry" } });

const values = (overrides: Partial<OffenceFormValues> = {}) =>
  offenceFormSchema.parse(offenceFormValues(overrides));

const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors ?? {};
};

describe("createOffence", () => {
  it("records the offence, opens its investigation and audits both in one go", async () => {
    const input = values();
    const { id } = await createOffence({ actor: actors.analyst, input });
    const offence = await getPrisma().offence.findUniqueOrThrow({
      where: { id },
      include: { investigation: true },
    });
    expect(offence).toMatchObject({ crimeReference: input.crimeReference, knifeUsed: true });
    expect(offence.investigation?.status).toBe("OPEN");
    const audit = await getPrisma().auditEvent.findMany({
      where: {
        OR: [
          { entityType: "offence", entityId: String(id) },
          { event: "investigation.created", entityId: String(offence.investigation!.id) },
        ],
      },
    });
    expect(audit.map((a) => [a.event, a.category]).sort()).toEqual([
      ["investigation.created", "COLLECTION"],
      ["offence.created", "COLLECTION"],
    ]);
  });

  it("refuses a duplicate crime reference with the existing offence's id", async () => {
    const first = values();
    const { id } = await createOffence({ actor: actors.analyst, input: first });
    const errors = await fieldErrorsOf(
      createOffence({ actor: actors.analyst, input: { ...values(), crimeReference: first.crimeReference } }),
    );
    expect(errors.crimeReference?.[0]).toMatch(/already exists/);
    expect(errors["crimeReference.existingOffenceId"]).toEqual([String(id)]);
  });

  it("refuses dates in the wrong order even when the form is bypassed", async () => {
    const bad = { ...values(), occurredOn: "2026-10-05", recordedOn: "2026-10-01" };
    await expect(createOffence({ actor: actors.analyst, input: bad as never })).rejects.toThrow();
    expect(await getPrisma().offence.count({ where: { crimeReference: bad.crimeReference } })).toBe(0);
  });

  it("refuses an investigator (may read, not create), and audits the refusal", async () => {
    await expect(createOffence({ actor: actors.investigator, input: values() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const refusal = await getPrisma().auditEvent.findFirst({
      where: { event: "access.refused", actorId: actors.investigator.id },
      orderBy: { id: "desc" },
    });
    expect(refusal?.changes).toMatchObject({ detail: { permission: "offences.write" } });
  });
});

describe("updateOffence", () => {
  it("saves with the current version, refuses a stale one and keeps the first save", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values() });
    const saved = await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: { ...values(), summary: "Seen by CCTV.", version: 1 },
    });
    expect(saved.version).toBe(2);
    await expect(
      updateOffence({
        actor: actors.analyst,
        offenceId: id,
        input: { ...values(), summary: "No CCTV.", version: 1 },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      // The saved value beside the one typed, on the field (issue 16), not a generic message.
      fieldErrors: {
        summary: ["Summary was changed: you entered “No CCTV.”, the saved value is “Seen by CCTV.”"],
      },
    });
    expect((await getPrisma().offence.findUniqueOrThrow({ where: { id } })).summary).toBe("Seen by CCTV.");
    const alteration = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "offence.updated", entityId: String(id) },
    });
    expect(alteration.category).toBe("ALTERATION");
    expect(alteration.changes).toMatchObject({
      fields: { summary: { from: "Synthetic.", to: "Seen by CCTV." } },
    });
  });
});

describe("people on an offence", () => {
  it("recomputes the youngest victim's age as victims are added and the date changes", async () => {
    const input = values();
    const { id } = await createOffence({ actor: actors.analyst, input });
    const older = await createPerson(getPrisma(), { dateOfBirth: day("2000-01-01") });
    const suspect = await createPerson(getPrisma(), { dateOfBirth: day("2012-01-01") });
    await addPersonToOffence({
      actor: actors.analyst,
      input: { offenceId: id, personId: older.id, role: "VICTIM" },
    });
    expect((await getPrisma().offence.findUniqueOrThrow({ where: { id } })).youngestVictimAge).toBe(26);
    // A suspect's age never counts.
    await addPersonToOffence({
      actor: actors.analyst,
      input: { offenceId: id, personId: suspect.id, role: "SUSPECT" },
    });
    expect((await getPrisma().offence.findUniqueOrThrow({ where: { id } })).youngestVictimAge).toBe(26);
    const created = await createPersonRecord({
      actor: actors.analyst,
      input: {
        offenceId: id,
        role: "VICTIM",
        surname: "Newperson",
        forenames: "Alex",
        dateOfBirth: "2010-10-02",
        gender: "FEMALE",
        npu: "",
        vulnerable: "yes",
      },
    });
    const offence = await getPrisma().offence.findUniqueOrThrow({
      where: { id },
      include: { persons: true },
    });
    expect(offence.youngestVictimAge).toBe(15);
    expect(offence.persons.find((p) => p.personId === created.id)?.ageAtTime).toBe(15);
    // Moving the occurred date past the victim's birthday moves every age.
    await updateOffence({
      actor: actors.analyst,
      offenceId: id,
      input: { ...input, occurredOn: "2026-10-02", recordedOn: "2026-10-02", version: 1 },
    });
    expect((await getPrisma().offence.findUniqueOrThrow({ where: { id } })).youngestVictimAge).toBe(16);
  });

  it("refuses the same person twice in the same role", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values() });
    const person = await createPerson(getPrisma());
    await addPersonToOffence({
      actor: actors.analyst,
      input: { offenceId: id, personId: person.id, role: "WITNESS" },
    });
    const errors = await fieldErrorsOf(
      addPersonToOffence({
        actor: actors.analyst,
        input: { offenceId: id, personId: person.id, role: "WITNESS" },
      }),
    );
    expect(errors.role?.[0]).toMatch(/already linked/);
  });

  it("refuses an investigator adding people", async () => {
    const { id } = await createOffence({ actor: actors.analyst, input: values() });
    const person = await createPerson(getPrisma());
    await expect(
      addPersonToOffence({
        actor: actors.investigator,
        input: { offenceId: id, personId: person.id, role: "VICTIM" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
