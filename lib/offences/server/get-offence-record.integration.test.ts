import { describe, expect, it } from "vitest";
import { makeRoleActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";
import { getOffenceRecord } from "@/lib/offences/server/get-offence-record";
import { getOffenceSummary } from "@/lib/offences/server/get-offence-summary";
import { getOffenceIntelligence } from "@/lib/offences/server/get-offence-intelligence";
import { getOffenceTimeline } from "@/lib/timeline/server/get-offence-timeline";
import { getOffenceInterventions } from "@/lib/offences/server/get-offence-interventions";
import { createReferral } from "@/prisma/factories/create-referral";
import { updateInvestigation } from "@/lib/investigations/server/update-investigation";
import { investigationEdit } from "@/lib/testing/investigation-fixtures";

withTestDatabase();

const SECRET = "Synthetic restricted text: source inside the group names the supplier.";

describe("offence record", () => {
  it("lists the people and logs the consultation", async () => {
    const prisma = getPrisma();
    const investigator = await createUser(prisma, { role: "INVESTIGATOR" });
    const offence = await createOffence(prisma, { knifeUsed: true, hotspot: undefined });
    const victim = await createPerson(prisma, {
      surname: "Victimson",
      forenames: "Ava",
      dateOfBirth: day("2009-01-01"),
    });
    const suspect = await createPerson(prisma, { surname: "Suspectley", forenames: "Ben" });
    await linkPerson(prisma, offence.id, suspect.id, "SUSPECT");
    await linkPerson(prisma, offence.id, victim.id, "VICTIM");

    const record = await getOffenceRecord({ actor: actorFor(investigator), offenceId: offence.id });
    expect(record.people.map((p) => [p.name, p.role])).toEqual([
      ["Ava VICTIMSON", "VICTIM"],
      ["Ben SUSPECTLEY", "SUSPECT"],
    ]);
    expect(record.people[0]?.ageAtTime).toBe(17);
    const viewed = await prisma.auditEvent.findFirst({
      where: { event: "offence.viewed", actorId: investigator.id },
    });
    expect(viewed).toMatchObject({
      category: "CONSULTATION",
      entityType: "offence",
      entityId: String(offence.id),
    });
    expect(viewed?.justification).toBeTruthy();
  });

  it("refuses partners and administrators the whole record", async () => {
    const prisma = getPrisma();
    const offence = await createOffence(prisma);
    for (const role of ["PARTNER", "ADMIN"] as const) {
      const actor = await makeRoleActor(role, "Redthread");
      await expect(getOffenceSummary({ actor, id: offence.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getOffenceRecord({ actor, offenceId: offence.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getOffenceIntelligence({ actor, offenceId: offence.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("never gives an investigator the text, grading or conditions of C-coded intelligence", async () => {
    const prisma = getPrisma();
    const analyst = await createUser(prisma, { role: "ANALYST", name: "Analyst Submitter" });
    const investigator = await createUser(prisma, { role: "INVESTIGATOR" });
    const offence = await createOffence(prisma);
    const restricted = await createIntelligenceItem(prisma, {
      submittedById: analyst.id,
      offenceIds: [offence.id],
      handlingCode: "C",
      text: SECRET,
      receivedOn: day("2026-11-05"),
    });
    await createIntelligenceItem(prisma, {
      submittedById: analyst.id,
      offenceIds: [offence.id],
      text: "Open item.",
      receivedOn: day("2026-11-01"),
    });

    const forInvestigator = await getOffenceIntelligence({
      actor: actorFor(investigator),
      offenceId: offence.id,
    });
    // That restricted intelligence exists and whom to ask, never which item (issue 13.13).
    expect(forInvestigator).toEqual({
      items: [expect.objectContaining({ restricted: false, text: "Open item.", grading: "2 B P" })],
      restricted: { count: 1, askSubmitters: ["Analyst Submitter"] },
    });
    const serialised = JSON.stringify(forInvestigator);
    expect(serialised).not.toContain("2026-11-05");
    expect(serialised).not.toContain(`"id":${restricted.id},`);
    expect(serialised).not.toContain(SECRET);
    expect(serialised).not.toContain("2 B C");
    expect(serialised).not.toContain(restricted.reference);
    expect(serialised).not.toContain(restricted.handlingConditions!);

    const { items: forAnalyst, restricted: analystNotice } = await getOffenceIntelligence({
      actor: actorFor(analyst),
      offenceId: offence.id,
    });
    expect(analystNotice).toBeNull();
    expect(forAnalyst[0]).toMatchObject({
      restricted: false,
      text: SECRET,
      grading: "2 B C",
      handlingConditions: expect.any(String),
    });
  });

  it("tells the case's story on the timeline, newest first, in sentences", async () => {
    const prisma = getPrisma();
    const oic = await createUser(prisma, { role: "INVESTIGATOR", name: "DC Timeline" });
    const offence = await createOffence(prisma, {
      occurredOn: day("2026-10-01"),
      recordedOn: day("2026-10-02"),
    });
    const investigation = await createInvestigation(prisma, { offenceId: offence.id, oicId: oic.id });
    await updateInvestigation({
      actor: actorFor(oic),
      now: new Date("2026-11-27T12:00:00Z"),
      input: investigationEdit(
        { id: investigation.id, version: 1, offenceVersion: 1 },
        { status: "PENDING_SUSPECT" },
      ),
    });
    const entries = await getOffenceTimeline({ actor: actorFor(oic), offenceId: offence.id });
    expect(entries[0]).toMatchObject({
      title: "Investigation updated",
      by: "DC Timeline (Investigator)",
      lines: ["Status changed from Open to Pending suspect"],
    });
    expect(entries.map((e) => e.title)).toEqual(
      expect.arrayContaining(["Recorded on 2 Oct 2026", "Offence occurred on 1 Oct 2026"]),
    );
    expect(entries.at(-1)?.title).toBe("Offence occurred on 1 Oct 2026");
    expect(entries.some((e) => e.title.includes("viewed"))).toBe(false);
  });

  it("applies one referral-visibility rule to the timeline and the Interventions tab (issue 13.10)", async () => {
    const prisma = getPrisma();
    const me = await createUser(prisma, { role: "INVESTIGATOR" });
    const colleague = await createUser(prisma, { role: "INVESTIGATOR" });
    const analyst = await createUser(prisma, { role: "ANALYST" });
    const offence = await createOffence(prisma);
    const person = await createPerson(prisma);
    await linkPerson(prisma, offence.id, person.id, "VICTIM");
    const mine = await createReferral(prisma, {
      offenceId: offence.id,
      personId: person.id,
      referringOfficerId: me.id,
      provider: "Redthread",
    });
    const theirs = await createReferral(prisma, {
      offenceId: offence.id,
      personId: person.id,
      referringOfficerId: colleague.id,
      provider: "St Giles Trust",
    });
    const referralKeys = async (user: typeof me) =>
      (await getOffenceTimeline({ actor: actorFor(user), offenceId: offence.id }))
        .filter((e) => e.key.startsWith("referral-"))
        .map((e) => e.key);
    const tabIds = async (user: typeof me) =>
      (await getOffenceInterventions({ actor: actorFor(user), offenceId: offence.id })).referrals.map(
        (r) => r.id,
      );

    expect(await referralKeys(me)).toEqual([`referral-${mine.id}`]);
    expect(await tabIds(me)).toEqual([mine.id]);
    const timeline = JSON.stringify(await getOffenceTimeline({ actor: actorFor(me), offenceId: offence.id }));
    expect(timeline).not.toContain("St Giles Trust");
    expect((await referralKeys(analyst)).sort()).toEqual(
      [`referral-${mine.id}`, `referral-${theirs.id}`].sort(),
    );
    expect((await tabIds(analyst)).sort()).toEqual([mine.id, theirs.id].sort());
  });
});
