import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { giveReasonForPerson } from "@/lib/testing/access-reason";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { findLinkTargets } from "@/lib/intelligence/server/find-link-targets";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { PERSON_SEARCH_LIMIT } from "@/lib/audit/person-search-limits";
import { getReferralFormOptions } from "@/lib/referrals/server/get-referral-form-options";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { day } from "@/prisma/factories/create-reference-data";

// Issue 13.9: every way an investigator could learn about a person without giving a reason is a
// consultation — logged with the terms, or asking for the reason first — and shows no more than
// name, year of birth and NPU. Each test reads the audit rows back.

withTestDatabase();
const actors = withActors({ investigator: "INVESTIGATOR", analyst: "ANALYST" });

const rows = (actor: Actor, event: string) =>
  getPrisma().auditEvent.findMany({ where: { actorId: actor.id, event }, orderBy: { seq: "asc" } });
/** The actor's one audit row of this event (there must be exactly one). */
async function onlyRow(actor: Actor, event: string) {
  const found = await rows(actor, event);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("the intelligence link picker", () => {
  it("shows the year of birth at most, and logs the search as a consultation with its terms", async () => {
    const person = await createPerson(getPrisma(), {
      surname: "Pickerton",
      forenames: "Juno",
      dateOfBirth: day("2007-03-04"),
      npu: "Coventry",
    });
    const found = await findLinkTargets({
      actor: actors.investigator,
      input: { kind: "person", query: "Juno Pickerton" },
    });
    const match = found.find((t) => t.id === person.id);
    expect(match).toMatchObject({ label: "Juno Pickerton", detail: "born 2007, Coventry" });
    expect(JSON.stringify(found)).not.toMatch(/2007-03-04|4 Mar|March/);

    expect(await onlyRow(actors.investigator, "person.searched")).toMatchObject({
      category: "CONSULTATION",
      justification: "Searched for a person to link to intelligence",
      changes: { detail: { terms: "Juno Pickerton" } },
    });
  });

  it("limits each user's searches (in the database), refusing and auditing the one too many", async () => {
    const user = actorFor(await createUser(getPrisma(), { role: "INVESTIGATOR" }));
    const search = (query: string) => findLinkTargets({ actor: user, input: { kind: "person", query } });
    for (let i = 0; i < PERSON_SEARCH_LIMIT.perUser; i++) await search(`Surname${i}`);
    await expect(search("Onetoomany")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await rows(user, "person.searched")).toHaveLength(PERSON_SEARCH_LIMIT.perUser);
    expect(await onlyRow(user, "request.refused")).toMatchObject({
      category: "SECURITY",
      changes: { detail: { reason: "person-search-limit", terms: "Onetoomany" } },
    });
    // Another user's searches are not counted against this one; offence searches are not limited.
    await expect(
      findLinkTargets({ actor: actors.analyst, input: { kind: "person", query: "Anyone" } }),
    ).resolves.toBeDefined();
    await expect(
      findLinkTargets({ actor: user, input: { kind: "offence", query: "CR" } }),
    ).resolves.toBeDefined();
  });
});

describe("the offence list's name filter", () => {
  it("logs a search by a person's name with the name; other filters log no person search", async () => {
    const offence = await createOffence(getPrisma());
    const person = await createPerson(getPrisma(), { surname: "Filterby", forenames: "Ona" });
    await linkPerson(getPrisma(), offence.id, person.id, "SUSPECT");
    const page = await listOffences({
      actor: actors.investigator,
      query: parseOffenceListQuery({ name: "Ona Filterby" }).query,
    });
    expect(page.rows.map((r) => r.id)).toEqual([offence.id]);
    expect(await onlyRow(actors.investigator, "offence.searched-by-person")).toMatchObject({
      category: "CONSULTATION",
      justification: "Searched the offence list by a person's name",
      changes: { detail: { terms: "Ona Filterby" } },
    });
    await listOffences({ actor: actors.investigator, query: parseOffenceListQuery({}).query });
    expect(await rows(actors.investigator, "offence.searched-by-person")).toHaveLength(1);
  });
});

describe("the referral form opened from a person", () => {
  it("asks for the reason before naming the person, then logs the consultation with it", async () => {
    const person = await createPerson(getPrisma(), { surname: "Referrable", forenames: "Kit" });
    const asked = await getReferralFormOptions({
      actor: actors.investigator,
      personId: person.id,
      offenceId: null,
    });
    expect(asked).toEqual({ status: "reason-required", context: { type: "person", id: person.id } });
    expect(JSON.stringify(asked)).not.toMatch(/referrable|kit/i);
    expect(
      await getPrisma().auditEvent.count({
        where: { actorId: actors.investigator.id, event: "person.viewed", entityId: String(person.id) },
      }),
    ).toBe(0);

    await giveReasonForPerson(actors.investigator, person.id);
    const opened = await getReferralFormOptions({
      actor: actors.investigator,
      personId: person.id,
      offenceId: null,
    });
    if (opened.status !== "ok") throw new Error("expected the form");
    expect(opened.options.persons).toEqual([{ id: person.id, name: "REFERRABLE, Kit", role: null }]);
    const viewed = await getPrisma().auditEvent.findMany({
      where: { actorId: actors.investigator.id, event: "person.viewed", entityId: String(person.id) },
    });
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({
      category: "CONSULTATION",
      justification: "Safeguarding or risk assessment",
    });
  });
});
