import { beforeAll, describe, expect, it } from "vitest";
import { ONE_OF_EACH_ROLE, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { HEADER_SEARCH_LIMIT } from "@/lib/audit/person-search-limits";
import { nameScore } from "@/lib/search/name-score";
import { normaliseName } from "@/lib/search/query";
import type { SearchOutcome } from "@/lib/search/search-dto";
import { searchEverything } from "@/lib/search/server/search-everything";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { createReferral } from "@/prisma/factories/create-referral";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 18: the header search returns, per role, nothing the role could not open, and every search
// is logged with its terms. Each test reads what was returned and the audit rows back.

const ids = {} as Record<
  | "mockridge"
  | "smith"
  | "macdonald"
  | "hyphen"
  | "stranger"
  | "offence"
  | "intelP"
  | "intelC"
  | "referral"
  | "otherReferral"
  | "meeting",
  number
>;

withTestDatabase();
const actors = withActors({ ...ONE_OF_EACH_ROLE, otherPartner: { role: "PARTNER", provider: "Redthread" } });
beforeAll(async () => {
  const db = getPrisma();
  await ensureReferenceData(db);

  ids.mockridge = (
    await createPerson(db, {
      surname: "Mockridge",
      forenames: "Jamie",
      rmsRef: "SYN-N77001234",
      dateOfBirth: new Date("2007-03-04T00:00:00Z"),
    })
  ).id;
  ids.smith = (await createPerson(db, { surname: "Smith", forenames: "Alana" })).id;
  ids.macdonald = (await createPerson(db, { surname: "McDonald", forenames: "Ewan" })).id;
  ids.hyphen = (await createPerson(db, { surname: "Smith-Jones", forenames: "Zoë" })).id;
  ids.stranger = (await createPerson(db, { surname: "Quennell", forenames: "Orla" })).id;
  const offence = await createOffence(db, { crimeReference: "CG-SYN-2024-987654" });
  ids.offence = offence.id;
  await linkPerson(db, offence.id, ids.mockridge, "SUSPECT");
  ids.intelP = (
    await createIntelligenceItem(db, { submittedById: actors.analyst.id, reference: "CG-SYN-INT-2024-55501" })
  ).id;
  ids.intelC = (
    await createIntelligenceItem(db, {
      submittedById: actors.analyst.id,
      reference: "CG-SYN-INT-2024-55502",
      handlingCode: "C",
    })
  ).id;
  ids.referral = (
    await createReferral(db, { personId: ids.mockridge, referringOfficerId: actors.investigator.id })
  ).id;
  ids.otherReferral = (
    await createReferral(db, {
      personId: ids.stranger,
      referringOfficerId: actors.analyst.id,
      provider: "Redthread",
    })
  ).id;
  ids.meeting = (
    await createMeeting(db, {
      chairId: actors.chair.id,
      title: "Captiva Guardian – P9 review",
      heldAt: new Date("2026-08-31T09:00:00Z"),
    })
  ).id;
});

const search = async (actor: Actor, text: unknown) => {
  const outcome = await searchEverything({ actor, text });
  return outcome;
};
const hitsOf = (outcome: SearchOutcome, kind: string) =>
  outcome.status === "done" ? (outcome.groups.find((g) => g.kind === kind)?.hits ?? []) : [];
const idsOf = (outcome: SearchOutcome, kind: string) => hitsOf(outcome, kind).map((h) => h.id);

describe("name matching in PostgreSQL", () => {
  it("keys names exactly as normaliseName does", async () => {
    const names = [
      "ZOË Brontë",
      "Smith-Jones",
      "O'Neil",
      "MacDonald",
      "Łukasz Gonçalves-Ñúñez",
      "Strauß",
      "Mack",
      "50%_off*",
    ];
    const rows = await getPrisma().$queryRaw<
      { k: string }[]
    >`SELECT person_name_key(n, '') AS k FROM unnest(${names}::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i`;
    expect(rows.map((r) => r.k)).toEqual(names.map((n) => normaliseName(n)));
  });

  it("scores as nameScore does", async () => {
    const pairs = [
      ["mockrige", "mockridge jamie"],
      ["jamie mockridge", "mockridge jamie"],
      ["mokcridge", "mockridge jamie"],
    ];
    for (const [a, b] of pairs) {
      const [{ s }] = await getPrisma().$queryRaw<
        [{ s: number }]
      >`SELECT word_similarity(${a}, ${b})::float8 AS s`;
      expect(s).toBeCloseTo(nameScore(a!, b!), 5);
    }
  });

  it.each([
    ["a misspelt surname", "Mockrige", "mockridge"],
    ["forename and surname in either order", "mockridge jamie", "mockridge"],
    ["a transposition", "Mokcridge Jamie", "mockridge"],
    ["a sound-alike surname", "Smyth", "smith"],
    ["Mac for Mc", "MacDonald", "macdonald"],
    ["one part of a double-barrelled name", "Jones", "hyphen"],
    ["an accent left off", "Zoe Smith Jones", "hyphen"],
    ["a whole nominal id", "syn-n77001234", "mockridge"],
    ["part of a nominal id", "77001234", "mockridge"],
    // The word table (migration "person_name_words"): two letters begin a word of the name.
    ["the first two letters of the surname", "Mo", "mockridge"],
    ["a surname and the start of the forename", "Mockrige Ja", "mockridge"],
  ] as const)("finds a person by %s, best first", async (_what, text, who) => {
    const found = idsOf(await search(actors.analyst, text), "person");
    expect(found[0]).toBe(ids[who]);
  });
});

describe("each role's results", () => {
  it("an investigator finds persons, offences and P-coded intelligence, never C-coded, groups or meetings", async () => {
    const byRef = await search(actors.investigator, "CG-SYN-INT-2024-555");
    expect(idsOf(byRef, "intelligence")).toEqual([ids.intelP]);
    expect(JSON.stringify(byRef)).not.toContain("55502");
    const exact = await search(actors.investigator, "CG-SYN-INT-2024-55502");
    expect(hitsOf(exact, "intelligence")).toEqual([]);
    expect(idsOf(await search(actors.investigator, "2024-987654"), "offence")).toEqual([ids.offence]);
    const meeting = await search(actors.investigator, "31/08/2026");
    expect(meeting.status === "done" && meeting.searched).not.toContain("meeting");
    expect(hitsOf(meeting, "meeting")).toEqual([]);
    // Only the referrals they made.
    expect(idsOf(await search(actors.investigator, `R${ids.referral}`), "referral")).toEqual([ids.referral]);
    expect(idsOf(await search(actors.investigator, `R${ids.otherReferral}`), "referral")).toEqual([]);
  });

  it("the chair and analysts find C-coded intelligence and meetings by date", async () => {
    for (const actor of [actors.chair, actors.analyst]) {
      expect(idsOf(await search(actor, "CG-SYN-INT-2024-555"), "intelligence").sort()).toEqual(
        [ids.intelP, ids.intelC].sort(),
      );
      expect(idsOf(await search(actor, "31 Aug 2026"), "meeting")).toEqual([ids.meeting]);
    }
  });

  it("a partner finds only their own provider's referrals, by name or number, and never a person record", async () => {
    const byName = await search(actors.partner, "Jamie Mockrige");
    expect(idsOf(byName, "referral")).toEqual([ids.referral]);
    expect(byName.status === "done" && byName.searched).toEqual(["referral"]);
    expect(JSON.stringify(byName)).not.toMatch(/persons\/|2007-03-04|offences\//);
    expect(idsOf(await search(actors.partner, "Quennell"), "referral")).toEqual([]);
    expect(idsOf(await search(actors.partner, String(ids.otherReferral)), "referral")).toEqual([]);
    expect(idsOf(await search(actors.otherPartner, "Quennell"), "referral")).toEqual([ids.otherReferral]);
    expect(idsOf(await search(actors.otherPartner, "Mockridge"), "referral")).toEqual([]);
    // Short words, a sound-alike and either order take the partner's other paths (person-name-match.ts).
    expect(idsOf(await search(actors.partner, "Mo Ja"), "referral")).toEqual([ids.referral]);
    expect(idsOf(await search(actors.otherPartner, "Qu"), "referral")).toEqual([ids.otherReferral]);
    expect(idsOf(await search(actors.otherPartner, "Orla Kwennell"), "referral")).toEqual([
      ids.otherReferral,
    ]);
  });

  it("an administrator searches nothing (no case data) but the search is still logged", async () => {
    const outcome = await search(actors.admin, "Mockridge");
    expect(outcome).toMatchObject({ status: "done", groups: [], searched: [] });
  });

  it("results show a year of birth at most", async () => {
    const outcome = await search(actors.analyst, "Mockridge");
    expect(hitsOf(outcome, "person")[0]?.detail).toMatch(/born 2007/);
    expect(JSON.stringify(outcome)).not.toMatch(/2007-03-04|4 Mar|March/);
  });
});

describe("logging, limits and bad input", () => {
  it("writes one consultation row per search with its terms, for every role", async () => {
    for (const actor of Object.values(actors)) {
      const before = await getPrisma().auditEvent.count({
        where: { actorId: actor.id, event: "search.performed" },
      });
      await search(actor, "Audit Termsworth");
      const rows = await getPrisma().auditEvent.findMany({
        where: { actorId: actor.id, event: "search.performed" },
        orderBy: { id: "desc" },
      });
      expect(rows).toHaveLength(before + 1);
      expect(rows[0]).toMatchObject({
        category: "CONSULTATION",
        justification: "Searched from the header search box",
        changes: { detail: { terms: "Audit Termsworth" } },
      });
    }
  });

  it("answers bad input with a message and no error; wildcards are literal", async () => {
    const actor = actors.analyst;
    for (const text of ["", "a", "%", "*", "😀😀", undefined, "\u0000"]) {
      expect(await search(actor, text)).toMatchObject({
        status: "refused",
        message: expect.stringMatching(/^Enter /),
      });
    }
    for (const text of [
      "%zq%",
      "z_q",
      "zq*",
      '\'; drop table "Person"; --',
      "x".repeat(5000),
      "Mock\u0000ridge",
      "Mockridge 😀",
    ]) {
      const outcome = await search(actor, text);
      expect(outcome.status).toBe("done");
      // A wildcard matches only itself: nothing here holds a literal % or _.
      if (/[%_*]/.test(text)) expect(outcome.status === "done" && outcome.groups).toEqual([]);
    }
    expect(await getPrisma().person.count()).toBeGreaterThan(0);
    expect(idsOf(await search(actor, "Mockridge 😀"), "person")[0]).toBe(ids.mockridge);
  });

  it("limits each user's searches, refusing and auditing the one too many", async () => {
    const user = actorFor(await createUser(getPrisma(), { role: "INVESTIGATOR" }));
    for (let i = 0; i < HEADER_SEARCH_LIMIT.perUser; i++) await search(user, `Ab${i}`);
    await expect(search(user, "Onetoomany")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const refused = await getPrisma().auditEvent.findMany({
      where: { actorId: user.id, event: "request.refused" },
    });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      changes: { detail: { reason: "search-limit", terms: "Onetoomany" } },
    });
    await expect(search(actors.chair, "Mockridge")).resolves.toMatchObject({ status: "done" });
  });
});
