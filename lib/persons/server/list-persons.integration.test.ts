import { beforeAll, describe, expect, it } from "vitest";
import { ONE_OF_EACH_ROLE, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { HEADER_SEARCH_LIMIT } from "@/lib/audit/person-search-limits";
import {
  NO_PERSON_FILTERS,
  parsePersonIndexParams,
  type PersonIndexFilters,
} from "@/lib/persons/index-filters";
import { listPersons } from "@/lib/persons/server/list-persons";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";
import type { PersonIndex } from "@/lib/persons/types";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createReferral } from "@/prisma/factories/create-referral";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 18: the people index. Each test reads the listed persons and the audit rows back: who may
// list at all, what each filter keeps, that a list never holds a full date of birth, bad input.

const NOW = new Date("2026-12-07T12:00:00Z");
const ids = {} as Record<"mockridge" | "macdonald" | "hyphen" | "young" | "old" | "merged", number>;

withTestDatabase();
const actors = withActors(ONE_OF_EACH_ROLE);
beforeAll(async () => {
  const db = getPrisma();
  await ensureReferenceData(db);
  const born = (day: string) => new Date(`${day}T00:00:00Z`);
  const personId = async (input: Parameters<typeof createPerson>[1]) => (await createPerson(db, input)).id;
  ids.mockridge = await personId({
    surname: "Mockridge",
    forenames: "Jamie",
    rmsRef: "SYN-N77005678",
    dateOfBirth: born("2007-03-04"),
    npu: "Coventry",
  });
  ids.macdonald = await personId({
    surname: "MacDonald",
    forenames: "Ewan",
    dateOfBirth: born("1970-01-02"),
  });
  ids.hyphen = await personId({ surname: "Smith-Jones", forenames: "Zoë", dateOfBirth: born("1980-05-06") });
  ids.young = await personId({ surname: "Quennell", forenames: "Orla", dateOfBirth: born("2002-12-08") });
  ids.old = await personId({ surname: "Quennell", forenames: "Ada", dateOfBirth: born("2001-12-07") });
  ids.merged = await personId({ surname: "Mockridge", forenames: "Jamie", mergedIntoId: ids.mockridge });
  // Mockridge: victim twice in the last 12 months (repeat victim), suspect once.
  for (const [day, role] of [
    ["2026-05-01", "VICTIM"],
    ["2026-09-01", "VICTIM"],
    ["2026-10-01", "SUSPECT"],
  ] as const) {
    const offence = await createOffence(db, { occurredOn: born(day) });
    await linkPerson(db, offence.id, ids.mockridge, role);
  }
  // Quennell Orla: suspect twice, but one of them four years ago: not a repeat suspect.
  for (const day of ["2022-05-01", "2026-06-01"]) {
    const offence = await createOffence(db, { occurredOn: born(day) });
    await linkPerson(db, offence.id, ids.young, "SUSPECT");
  }
  const group = await db.group.create({ data: { name: "Synthetic Index Crew", type: "STREET_GANG" } });
  await db.groupMembership.create({
    data: { groupId: group.id, personId: ids.macdonald, role: "principal", startOn: born("2025-01-01") },
  });
  await createReferral(db, { personId: ids.hyphen, referringOfficerId: actors.investigator.id });
});

const list = (actor: Actor, filters: Partial<PersonIndexFilters>, page = 1) =>
  listPersons({ actor, filters: { ...NO_PERSON_FILTERS, ...filters }, page, now: NOW });
const idsOf = (index: PersonIndex) => (index.status === "done" ? index.items.map((p) => p.id) : []);

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
  return "listed";
};

describe("listPersons: who may list", () => {
  it("refuses partners and the administrator, and writes no search row for them", async () => {
    for (const key of ["partner", "admin"] as const) {
      expect(await refusal(list(actors[key], { q: "Mockridge" }))).toBe("FORBIDDEN");
      const rows = await getPrisma().auditEvent.count({
        where: { actorId: actors[key].id, event: "person.index-searched" },
      });
      expect(rows).toBe(0);
    }
  });

  it("lists for the chair, analysts and investigators; the group filter is ignored without groups.read", async () => {
    for (const key of ["chair", "analyst", "investigator"] as const)
      expect(idsOf(await list(actors[key], { q: "Mockridge" }))).toEqual([ids.mockridge]);
    expect(idsOf(await list(actors.analyst, { groupMember: true }))).toEqual([ids.macdonald]);
    // An investigator may not see who is in a group: the filter alone is no criterion at all.
    expect(await list(actors.investigator, { groupMember: true })).toEqual({ status: "empty" });
    expect(idsOf(await list(actors.investigator, { groupMember: true, q: "MacDonald" }))).toEqual([
      ids.macdonald,
    ]);
  });
});

describe("listPersons: finding", () => {
  it("finds by a misspelt surname, either order, Mc for Mac and half of a hyphenated name", async () => {
    expect(idsOf(await list(actors.analyst, { q: "Mokcridge" }))).toContain(ids.mockridge);
    expect(idsOf(await list(actors.analyst, { q: "Mockridge Jamie" }))[0]).toBe(ids.mockridge);
    expect(idsOf(await list(actors.analyst, { q: "Jamie Mockridge" }))[0]).toBe(ids.mockridge);
    expect(idsOf(await list(actors.analyst, { q: "McDonald" }))).toContain(ids.macdonald);
    expect(idsOf(await list(actors.analyst, { q: "Jones Zoe" }))).toContain(ids.hyphen);
  });

  it("finds by nominal id, whole or in part, and by date of birth; never a merged record", async () => {
    expect(idsOf(await list(actors.analyst, { q: "syn-n77005678" }))).toEqual([ids.mockridge]);
    expect(idsOf(await list(actors.analyst, { q: "77005678" }))).toEqual([ids.mockridge]);
    expect(idsOf(await list(actors.analyst, { dateOfBirth: "2007-03-04" }))).toEqual([ids.mockridge]);
  });

  it("shows the year of birth at most, never the full date", async () => {
    const index = await list(actors.analyst, { q: "Mockridge" });
    expect(index.status === "done" && index.items[0]).toMatchObject({
      bornYear: 2007,
      nominalId: "SYN-N77005678",
    });
    expect(JSON.stringify(index)).not.toMatch(/2007-03-04|dateOfBirth/);
  });

  it("filters by NPU, role, repeat victim or suspect, under 25 and open referral", async () => {
    const coventry = await getPrisma().npu.findFirstOrThrow({ where: { name: "Coventry" } });
    expect(idsOf(await list(actors.analyst, { npuId: coventry.id }))).toEqual([ids.mockridge]);
    expect(idsOf(await list(actors.analyst, { role: "SUSPECT" })).sort()).toEqual(
      [ids.mockridge, ids.young].sort(),
    );
    expect(idsOf(await list(actors.analyst, { repeat: "victim" }))).toEqual([ids.mockridge]);
    expect(idsOf(await list(actors.analyst, { repeat: "suspect" }))).toEqual([]);
    // Born 8 Dec 2002: 23 on 7 Dec 2026. Born 7 Dec 2001: 25 that very day.
    const young = idsOf(await list(actors.analyst, { q: "Quennell", under25: true }));
    expect(young).toEqual([ids.young]);
    expect(idsOf(await list(actors.analyst, { openReferral: true }))).toEqual([ids.hyphen]);
  });

  it("pages for real: page 2 holds the rest, and a page past the end shows the last", async () => {
    const first = await listPersons({
      actor: actors.analyst,
      filters: { ...NO_PERSON_FILTERS, q: "Quennell" },
      pageSize: 1,
      now: NOW,
    });
    const second = await listPersons({
      actor: actors.analyst,
      filters: { ...NO_PERSON_FILTERS, q: "Quennell" },
      page: 9,
      pageSize: 1,
      now: NOW,
    });
    expect(first).toMatchObject({ total: 2, page: 1, totalPages: 2 });
    expect(second).toMatchObject({ total: 2, page: 2 });
    expect(new Set([...idsOf(first), ...idsOf(second)])).toEqual(new Set([ids.young, ids.old]));
  });
});

describe("listPersons: audit, limit and bad input", () => {
  it("logs each listing with its criteria and page, and lists no one (and logs nothing) without criteria", async () => {
    const actor = actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
    expect(await list(actor, {})).toEqual({ status: "empty" });
    await list(actor, { q: "Mockridge", under25: true }, 3);
    const rows = await getPrisma().auditEvent.findMany({
      where: { actorId: actor.id, event: "person.index-searched" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.category).toBe("CONSULTATION");
    expect(rows[0]!.changes).toMatchObject({
      detail: { terms: "name or nominal id: Mockridge; under 25; page 3" },
    });
  });

  it("refuses past the search limit with RATE_LIMITED and a security row", async () => {
    const actor = actorFor(await createUser(getPrisma(), { role: "INVESTIGATOR" }));
    // The same count as the header search: the limit's own rows, written the real way.
    for (let i = 0; i < HEADER_SEARCH_LIMIT.perUser; i++)
      await recordPersonSearch({ actor, kind: "person-index", terms: `page ${i}` });
    expect(await refusal(list(actor, { q: "Mockridge" }))).toBe("RATE_LIMITED");
    const refused = await getPrisma().auditEvent.findFirst({
      where: { actorId: actor.id, event: "request.refused" },
    });
    expect(refused?.changes).toMatchObject({ detail: { reason: "search-limit" } });
  });

  it("takes 5,000 characters, wildcards, NUL bytes and bad dates as messages or literal text, never errors", async () => {
    const parsed = parsePersonIndexParams({ q: "\u0000", dobDay: "30", dobMonth: "2", dobYear: "2007" });
    expect(parsed.errors.map((e) => e.field)).toEqual(["q", "dob"]);
    expect(parsed.errors[1]!.message).toBe("Date of birth must be a real date");
    expect(parsePersonIndexParams({ dobDay: "3", dobYear: "2007" }).errors[0]!.message).toBe(
      "Date of birth must include a month",
    );
    const long = parsePersonIndexParams({ q: "Mockridge ".repeat(500) }).filters;
    expect(idsOf(await list(actors.analyst, long))).toContain(ids.mockridge);
    for (const q of [
      "%",
      "%%%",
      "_ _",
      "*",
      "SYN-N7700%",
      "SYN_N77005678",
      '\'; drop table "Person"; --',
      "💥💥",
    ]) {
      const filters = parsePersonIndexParams({ q }).filters;
      const index = await list(actors.analyst, filters);
      // A bare wildcard is no name (a message instead, no criteria); as text it matches no one.
      expect(index.status === "empty" || idsOf(index).length === 0).toBe(true);
    }
  });
});
