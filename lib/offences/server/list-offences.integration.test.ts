import { beforeAll, describe, expect, it } from "vitest";
import { makeRoleActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { statementsOf } from "@/lib/testing/sql-statements";
import { AppError } from "@/lib/errors";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { getOffenceListPreferences } from "@/lib/offences/server/get-offence-list-preferences";
import { updateOffenceListPreferences } from "@/lib/offences/server/update-offence-list-preferences";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createPerson } from "@/prisma/factories/create-person";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

// A small fixed world (A-E) plus 30 filler offences in Solihull for paging. Filter assertions look
// only at the fixed offences, so the filler never changes what they mean.

const ids: Record<"A" | "B" | "C" | "D" | "E", number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
const fixed = () => new Set(Object.values(ids));

withTestDatabase();
const actors = withActors({
  analyst: "ANALYST",
  investigator1: { role: "INVESTIGATOR", name: "Officer One" },
  investigator2: { role: "INVESTIGATOR", name: "Officer Two" },
});
beforeAll(async () => {
  const prisma = getPrisma();
  const ref = await ensureReferenceData(prisma);

  const a = await createOffence(prisma, {
    recordedOn: day("2023-03-31"),
    offenceCode: "8N",
    youngestVictimAge: 17,
    hotspot: "HS01",
  });
  await createInvestigation(prisma, {
    offenceId: a.id,
    oicId: actors.investigator1.id,
    nextReviewOn: day("2026-12-04"),
  });
  const b = await createOffence(prisma, {
    recordedOn: day("2023-04-01"),
    offenceCode: "5D",
    knifeUsed: true,
    knifeRecovered: true,
    youngestVictimAge: 25,
    npu: "Coventry",
  });
  await createInvestigation(prisma, {
    offenceId: b.id,
    oicId: actors.investigator2.id,
    status: "CHARGED",
    outcomeCode: 1,
    flaggedForScrutiny: true,
    nextReviewOn: day("2026-12-01"),
  });
  const c = await createOffence(prisma, {
    crimeReference: "CG/ZZ-0001",
    recordedOn: day("2022-04-01"),
    offenceCode: "34B",
    knifeUsed: true,
    youngestVictimAge: 24,
  });
  const d = await createOffence(prisma, {
    recordedOn: day("2022-03-31"),
    offenceCode: "1",
    youngestVictimAge: null,
    npu: "Dudley",
  });
  await createInvestigation(prisma, {
    offenceId: d.id,
    oicId: actors.investigator1.id,
    status: "FINALISED",
    outcomeCode: 18,
    nextReviewOn: null,
  });
  const e = await createOffence(prisma, {
    recordedOn: day("2024-01-10"),
    offenceCode: "3B",
    knifeUsed: true,
    youngestVictimAge: 30,
    npu: "Walsall",
  });
  await createInvestigation(prisma, {
    offenceId: e.id,
    oicId: actors.investigator2.id,
    status: "PENDING_SUSPECT",
    nextReviewOn: day("2026-11-30"),
  });
  Object.assign(ids, { A: a.id, B: b.id, C: c.id, D: d.id, E: e.id });

  const zeb = await createPerson(prisma, { surname: "Quintrell", forenames: "Zebedee" });
  await linkPerson(prisma, a.id, zeb.id, "VICTIM");
  const removed = await linkPerson(prisma, c.id, zeb.id, "WITNESS");
  await prisma.offencePerson.update({ where: { id: removed.id }, data: { removedAt: new Date() } });
  const ann = await createPerson(prisma, { surname: "O'Neil", forenames: "Ann Marie" });
  await linkPerson(prisma, b.id, ann.id, "SUSPECT");

  await prisma.offence.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      crimeReference: `CG/FILL-${String(i).padStart(3, "0")}`,
      offenceCode: "8N",
      knifeUsed: false,
      occurredOn: day("2026-10-01"),
      recordedOn: day("2026-10-01"),
      npuId: ref.npu("Solihull"),
      youngestVictimAge: 19,
    })),
  });
});

async function list(params: Record<string, string>, actor = actors.analyst) {
  return listOffences({ actor, query: parseOffenceListQuery({ size: "100", ...params }).query });
}
async function matching(params: Record<string, string>, actor = actors.analyst): Promise<string[]> {
  const names = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  const { rows } = await list(params, actor);
  return rows
    .filter((r) => fixed().has(r.id))
    .map((r) => names.get(r.id)!)
    .sort();
}

describe("listOffences filters", () => {
  it("performance year runs 1 April to 31 March", async () => {
    expect(await matching({ year: "2022" })).toEqual(["A", "C"]);
    expect(await matching({ year: "2021" })).toEqual(["D"]);
    expect(await matching({ year: "2023" })).toEqual(["B", "E"]);
  });

  it("date range is inclusive, and combines with the year", async () => {
    expect(await matching({ from: "31/3/2023", to: "1/4/2023" })).toEqual(["A", "B"]);
    expect(await matching({ from: "2023-04-01", year: "2022" })).toEqual([]);
  });

  it("under 25 means the youngest victim's age is below 25; unknown is neither", async () => {
    expect(await matching({ u25: "yes" })).toEqual(["A", "C"]);
    expect(await matching({ u25: "no" })).toEqual(["B", "E"]);
  });

  it.each([
    [{ knife: "yes" }, ["B", "C", "E"]],
    [{ knife: "no" }, ["A", "D"]],
    [{ category: "VWI" }, ["A", "B"]],
    [{ category: "ROBBERY" }, ["C"]],
    [{ code: "1" }, ["D"]],
    [{ status: "CHARGED" }, ["B"]],
    [{ outcome: "18" }, ["D"]],
    [{ recovered: "yes" }, ["B"]],
    [{ flagged: "yes" }, ["B"]],
    [{ flagged: "no" }, ["A", "C", "D", "E"]],
    [{ ref: "cg/zz" }, ["C"]],
    [{ name: "quintrell" }, ["A"]],
    [{ name: "marie o'neil" }, ["B"]],
    [{ name: "Zebedee Nobody" }, []],
  ])("%j narrows to %j", async (params, expected) => {
    expect(await matching(params)).toEqual(expected);
  });

  it("NPU, hotspot, officer in charge and my cases", async () => {
    const ref = await ensureReferenceData(getPrisma());
    expect(await matching({ npu: String(ref.npu("Birmingham East")) })).toEqual(["A", "C"]);
    expect(await matching({ hotspot: String(ref.hotspot("HS01")) })).toEqual(["A"]);
    expect(await matching({ oic: String(actors.investigator1.id) })).toEqual(["A", "D"]);
    expect(await matching({ mine: "yes" }, actors.investigator2)).toEqual(["B", "E"]);
  });

  it("counts every match, not just the page", async () => {
    const ref = await ensureReferenceData(getPrisma());
    const result = await list({ npu: String(ref.npu("Solihull")), size: "25", page: "2" });
    expect(result).toMatchObject({ total: 30, page: 2, pageSize: 25, totalPages: 2 });
    expect(result.rows).toHaveLength(5);
    const past = await list({ npu: String(ref.npu("Solihull")), size: "25", page: "9" });
    expect(past.page).toBe(2);
    const all = new Set(
      [...(await list({ npu: String(ref.npu("Solihull")), size: "25" })).rows, ...result.rows].map(
        (r) => r.id,
      ),
    );
    expect(all.size).toBe(30);
  });
});

describe("listOffences sorting", () => {
  const window = { from: "2022-01-01", to: "2024-12-31" };
  const order = async (params: Record<string, string>) => {
    const names = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
    return (await list({ ...window, ...params })).rows.map((r) => names.get(r.id));
  };

  it("defaults to newest recorded first", async () => {
    expect(await order({})).toEqual(["E", "B", "A", "C", "D"]);
    expect(await order({ sort: "recorded", dir: "asc" })).toEqual(["D", "C", "A", "B", "E"]);
  });

  it("pages through offences without an investigation when sorting by an investigation column", async () => {
    // The 30 Solihull fillers have no investigation: page 2 starts past every investigated row.
    const solihull = String((await ensureReferenceData(getPrisma())).npu("Solihull"));
    for (const sort of ["status", "review"]) {
      const first = await list({ npu: solihull, size: "25", sort, dir: "asc" });
      const second = await list({ npu: solihull, size: "25", sort, dir: "asc", page: "2" });
      expect([first.rows.length, second.rows.length], sort).toEqual([25, 5]);
      expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size, sort).toBe(30);
    }
  });

  it("sorts by status in workflow order, offences without an investigation last", async () => {
    expect(await order({ sort: "status", dir: "asc" })).toEqual(["A", "E", "B", "D", "C"]);
  });

  it("sorts by next review date, crime reference and offence code", async () => {
    // No review date comes last (PostgreSQL's null order, which the index serves): D (none set)
    // before C (no investigation at all).
    expect(await order({ sort: "review", dir: "asc" })).toEqual(["E", "B", "A", "D", "C"]);
    const refs = (await list({ ...window, sort: "reference", dir: "asc" })).rows.map((r) => r.crimeReference);
    expect(refs).toEqual([...refs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect((await list({ ...window, sort: "offence", dir: "asc" })).rows.map((r) => r.offenceCode)).toEqual([
      "1",
      "34B",
      "3B",
      "5D",
      "8N",
    ]);
  });
});

describe("listOffences access", () => {
  it("sends only the list fields, the same for an investigator", async () => {
    const { rows } = await list({ ref: "CG/ZZ" }, actors.investigator1);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        "crimeReference",
        "flaggedForScrutiny",
        "hotspot",
        "id",
        "knifeRecovered",
        "knifeUsed",
        "nextReviewOn",
        "npu",
        "oic",
        "offenceCode",
        "offenceDescription",
        "outcomeCode",
        "recordedOn",
        "status",
        "under25",
      ].sort(),
    );
  });

  it("gives each row its code's description, NPU, hotspot, investigation and officer in charge", async () => {
    const { rows } = await list({});
    const byId = new Map(rows.map((r) => [r.id, r]));
    const a = await getPrisma().offence.findUniqueOrThrow({ where: { id: ids.A } });
    expect(byId.get(ids.A)).toEqual({
      id: ids.A,
      crimeReference: a.crimeReference,
      recordedOn: "2023-03-31",
      offenceCode: "8N",
      offenceDescription: (await getPrisma().offenceCode.findUniqueOrThrow({ where: { code: "8N" } }))
        .description,
      npu: (await getPrisma().npu.findUniqueOrThrow({ where: { id: a.npuId } })).name,
      hotspot: (await getPrisma().hotspot.findUniqueOrThrow({ where: { id: a.hotspotId! } })).name,
      knifeUsed: a.knifeUsed,
      knifeRecovered: false,
      under25: true,
      status: "OPEN",
      outcomeCode: 0,
      oic: "Officer One",
      nextReviewOn: "2026-12-04",
      flaggedForScrutiny: false,
    });
    expect(byId.get(ids.B)).toMatchObject({
      npu: "Coventry",
      hotspot: null,
      knifeRecovered: true,
      under25: false,
      status: "CHARGED",
      outcomeCode: 1,
      oic: "Officer Two",
      flaggedForScrutiny: true,
    });
    // No investigation: no status, outcome, officer or review, not flagged.
    expect(byId.get(ids.C)).toMatchObject({
      status: null,
      outcomeCode: null,
      oic: null,
      nextReviewOn: null,
      flaggedForScrutiny: false,
    });
  });

  it("reads a page in three statements: its count, its ids and its rows with what they show", async () => {
    // Issue 15: the rows' relations were one statement each (six for the rows alone).
    const sent = await statementsOf(() => list({ knife: "yes" }));
    expect(sent, sent.join("\n")).toHaveLength(3);
  });

  it.each(["PARTNER", "ADMIN"] as const)("refuses a %s, and audits the refusal", async (role) => {
    const user = await makeRoleActor(role, "Redthread");
    await expect(listOffences({ actor: user, query: parseOffenceListQuery({}).query })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "FORBIDDEN",
    );
    const audit = await getPrisma().auditEvent.findFirst({
      where: { actorId: user.id, event: "access.refused" },
    });
    expect(audit).toMatchObject({
      category: "SECURITY",
      changes: { detail: { permission: "offences.read" } },
    });
  });
});

describe("offence list preferences", () => {
  it("saves the actor's own preferences, keeping other keys and other users untouched", async () => {
    const prisma = getPrisma();
    await prisma.user.update({
      where: { id: actors.analyst.id },
      data: { preferences: { home: { tab: "figures" } } },
    });
    await updateOffenceListPreferences({
      actor: actors.analyst,
      preferences: { columns: ["npu", "oic"], density: "compact" },
    });
    expect(await getOffenceListPreferences({ actor: actors.analyst })).toEqual({
      columns: ["npu", "oic"],
      density: "compact",
    });
    expect((await prisma.user.findUnique({ where: { id: actors.analyst.id } }))?.preferences).toMatchObject({
      home: { tab: "figures" },
    });
    expect(await getOffenceListPreferences({ actor: actors.investigator1 })).toMatchObject({
      density: "comfortable",
    });
  });
});
