import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createReferral } from "@/prisma/factories/create-referral";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { getCaseSummary, type CaseSummary } from "@/lib/offences/server/get-case-summary";
import { caseSummaryDocument } from "@/lib/offences/case-summary-document";

// Issue 18: what each role's printed case summary holds, and the audit rows each print leaves,
// read back from the database. One offence with a victim in a group, a suspect, a P-coded and a
// C-coded intelligence item, an investigation with an update, two referrals (one made by the
// investigator), a meeting that discussed it with a decision, and two actions.

withTestDatabase();

let chair: Actor;
let analyst: Actor;
let investigator: Actor;
let partner: Actor;
let offenceId: number;
let crimeReference: string;
const ids: Record<string, number> = {};
const REASON = "Preparing for or attending a Captiva Guardian meeting";
const now = new Date("2026-11-27T12:00:00Z");

beforeAll(async () => {
  const prisma = getPrisma();
  const [c, a, i, p] = await Promise.all([
    createUser(prisma, { role: "CHAIR" }),
    createUser(prisma, { role: "ANALYST" }),
    createUser(prisma, { role: "INVESTIGATOR" }),
    createUser(prisma, { role: "PARTNER" }),
  ]);
  [chair, analyst, investigator, partner] = [c, a, i, p].map(actorFor) as [Actor, Actor, Actor, Actor];
  const offence = await createOffence(prisma, { knifeUsed: true, occurredOn: new Date("2026-10-20") });
  offenceId = offence.id;
  crimeReference = offence.crimeReference;
  const victim = await createPerson(prisma, { surname: "Quillfeather", forenames: "Ada" });
  const suspect = await createPerson(prisma, { surname: "Marchbank", forenames: "Tobin", vulnerable: true });
  ids.victim = victim.id;
  ids.suspect = suspect.id;
  await linkPerson(prisma, offenceId, victim.id, "VICTIM");
  await linkPerson(prisma, offenceId, suspect.id, "SUSPECT");
  const group = await prisma.group.create({ data: { name: "Synthetic Row Crew", type: "STREET_GANG" } });
  await prisma.groupMembership.create({
    data: { groupId: group.id, personId: victim.id, role: "associate", startOn: new Date("2026-01-01") },
  });
  // One P-coded item any case reader may read, one C-coded item for the chair and analysts only.
  for (const [key, handlingCode, text] of [
    ["openIntel", "P", "Open source: the suspect frequents the park after dark."],
    ["restrictedIntel", "C", "Restricted: covert source names the supplier."],
  ] as const)
    ids[key] = (
      await createIntelligenceItem(prisma, {
        submittedById: a.id,
        offenceIds: [offenceId],
        handlingCode,
        text,
      })
    ).id;
  const investigation = await createInvestigation(prisma, { offenceId, oicId: i.id });
  await prisma.investigationUpdate.create({
    data: { investigationId: investigation.id, authorId: i.id, body: "House-to-house enquiries completed." },
  });
  await createReferral(prisma, { personId: victim.id, offenceId, referringOfficerId: i.id });
  await createReferral(prisma, {
    personId: suspect.id,
    offenceId,
    referringOfficerId: a.id,
    provider: "St Giles Trust",
  });
  const meeting = await createMeeting(prisma, { chairId: c.id, status: "CLOSED" });
  const agendaItem = await prisma.agendaItem.create({
    data: {
      meetingId: meeting.id,
      position: 1,
      kind: "NEW_OFFENCE",
      title: `${crimeReference} knife-used 8N`,
      offenceId,
      discussed: true,
      discussionNote: "CCTV outstanding",
    },
  });
  await prisma.decision.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: agendaItem.id,
      offenceId,
      text: "Prioritise the CCTV trawl",
      rationale: "Best lead",
      recordedById: c.id,
    },
  });
  await createActionItem(prisma, { ownerId: i.id, raisedById: c.id, offenceId, title: "Trawl the CCTV" });
  await createActionItem(prisma, { ownerId: a.id, raisedById: c.id, offenceId, title: "Map the associates" });
});

async function printAs(actor: Actor, format: "print" | "pdf" = "print"): Promise<CaseSummary> {
  await saveAccessReason({ actor, input: { contextType: "offence", contextId: offenceId, reason: REASON } });
  const result = await getCaseSummary({ actor, offenceId, format, now });
  if (result.status !== "ok") throw new Error("expected the summary");
  return result.summary;
}

const auditRows = (actor: Actor, event: string) =>
  getPrisma().auditEvent.findMany({
    where: { actorId: actor.id, event },
    orderBy: { id: "asc" },
    select: {
      entityType: true,
      entityId: true,
      justification: true,
      recipients: true,
      category: true,
      changes: true,
    },
  });

describe("the case summary", () => {
  it("asks for the reason first and logs nothing of the case until it is given", async () => {
    const fresh = actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
    const result = await getCaseSummary({ actor: fresh, offenceId, format: "print", now });
    expect(result).toEqual({ status: "reason-required", context: { type: "offence", id: offenceId } });
    const rows = await getPrisma().auditEvent.count({ where: { actorId: fresh.id } });
    expect(rows).toBe(0);
  });

  it("gives the chair every section: people with flags and groups, both intelligence items, all referrals, the forum", async () => {
    const summary = await printAs(chair);
    expect(summary.offence.crimeReference).toBe(crimeReference);
    const victim = summary.people.find((p) => p.personId === ids.victim)!;
    expect(victim.role).toBe("VICTIM");
    expect(victim.groups).toEqual(["Synthetic Row Crew"]);
    expect(victim.flags).toEqual(expect.arrayContaining(["UNDER_25", "GROUP_MEMBER"]));
    expect(summary.people.find((p) => p.personId === ids.suspect)!.flags).toContain("VULNERABLE");
    const intel = summary.intelligence!.items.map((i) => i.id).sort();
    expect(intel).toEqual([ids.openIntel, ids.restrictedIntel].sort());
    expect(summary.intelligence!.restricted).toBeNull();
    expect(summary.investigation!.updates.map((u) => u.body)).toEqual([
      "House-to-house enquiries completed.",
    ]);
    expect(summary.interventions.referrals).toHaveLength(2);
    expect(summary.meetings.meetingsVisible).toBe(true);
    expect(summary.meetings.agendaItems[0]!.discussionNote).toBe("CCTV outstanding");
    expect(summary.meetings.decisions.map((d) => d.text)).toEqual(["Prioritise the CCTV trawl"]);
    expect(summary.meetings.actions).toHaveLength(2);
    const text = JSON.stringify(caseSummaryDocument(summary));
    expect(text).toContain("Restricted: covert source names the supplier.");
    expect(text).toContain("Synthetic Row Crew");
  });

  it("gives the investigator no restricted intelligence, no groups, no forum records, only their own referral and action", async () => {
    const summary = await printAs(investigator);
    expect(summary.intelligence!.items.map((i) => i.id)).toEqual([ids.openIntel]);
    expect(summary.intelligence!.restricted).toEqual({ count: 1, askSubmitters: [expect.any(String)] });
    for (const person of summary.people) {
      expect(person.groups).toBeNull();
      expect(person.flags).not.toContain("GROUP_MEMBER");
    }
    expect(summary.interventions.onlyOwn).toBe(true);
    expect(summary.interventions.referrals.map((r) => r.personId)).toEqual([ids.victim]);
    expect(summary.meetings.meetingsVisible).toBe(false);
    expect(summary.meetings.agendaItems).toEqual([]);
    expect(summary.meetings.decisions).toEqual([]);
    expect(summary.meetings.actions.map((a) => a.title)).toEqual(["Trawl the CCTV"]);
    // Nothing of the C-coded item reaches the document, not even its reference.
    const restricted = await getPrisma().intelligenceItem.findUniqueOrThrow({
      where: { id: ids.restrictedIntel },
    });
    const text = JSON.stringify(caseSummaryDocument(summary));
    expect(text).not.toContain(restricted.reference);
    expect(text).not.toContain("covert source");
    expect(text).not.toContain("Synthetic Row Crew");
    expect(text).not.toContain("Prioritise the CCTV trawl");
  });

  it("writes one disclosure row with the offence, the viewer and the reason, and an s.62 row per person and intelligence item", async () => {
    await printAs(analyst, "pdf");
    const [disclosure, ...more] = await auditRows(analyst, "offence.summary-printed");
    expect(more).toEqual([]);
    expect(disclosure).toMatchObject({
      category: "DISCLOSURE",
      entityType: "offence",
      entityId: String(offenceId),
      justification: REASON,
      recipients: expect.stringContaining(analyst.name),
    });
    expect(disclosure!.changes).toMatchObject({ detail: { format: "pdf" } });
    const persons = await auditRows(analyst, "person.viewed");
    expect(persons.map((r) => Number(r.entityId)).sort()).toEqual([ids.victim, ids.suspect].sort());
    for (const row of persons) expect(row.justification).toContain(REASON);
    const intel = await auditRows(analyst, "intel.viewed");
    expect(intel.map((r) => Number(r.entityId)).sort()).toEqual([ids.openIntel, ids.restrictedIntel].sort());
  });

  it("logs only the intelligence the investigator received", async () => {
    const intel = await auditRows(investigator, "intel.viewed");
    expect(intel.map((r) => Number(r.entityId))).toEqual([ids.openIntel]);
  });

  it("refuses a partner before anything is read", async () => {
    await expect(getCaseSummary({ actor: partner, offenceId, format: "pdf", now })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await auditRows(partner, "offence.summary-printed")).toEqual([]);
    expect(await auditRows(partner, "access.refused")).toHaveLength(1);
  });

  it("answers NOT_FOUND for an offence that does not exist", async () => {
    await expect(
      getCaseSummary({ actor: chair, offenceId: 999_999, format: "print" }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
