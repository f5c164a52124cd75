import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { parseOffenceListQuery } from "@/lib/offences/schemas";
import { findOfficers } from "@/lib/offences/server/find-officers";
import { COUNT_CAP, listOffences } from "@/lib/offences/server/list-offences";
import { listOffenceFilterOptions } from "@/lib/offences/server/list-offence-filter-options";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createUser } from "@/prisma/factories/create-user";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 15: the officer-in-charge filter is a type-ahead (and a text field without JavaScript),
// not a select of every officer on every view of the list.

const officer = { one: 0, two: 0 };
const offence = { one: 0, two: 0 };

withTestDatabase();
const actors = withActors({
  analyst: { role: "ANALYST", name: "Analyst Officerless" },
  partner: { role: "PARTNER", name: "Officer Partnership" },
});
beforeAll(async () => {
  const prisma = getPrisma();
  await ensureReferenceData(prisma);
  officer.one = (await createUser(prisma, { role: "INVESTIGATOR", name: "DC Wendell Ashgrove" })).id;
  officer.two = (await createUser(prisma, { role: "INVESTIGATOR", name: "DS Wendy Ashcombe" })).id;
  for (let i = 0; i < 12; i++)
    await createUser(prisma, { role: "INVESTIGATOR", name: `PC Filler Ashby ${i}` });
  offence.one = (await createOffence(prisma, { recordedOn: day("2025-05-01") })).id;
  await createInvestigation(prisma, { offenceId: offence.one, oicId: officer.one });
  offence.two = (await createOffence(prisma, { recordedOn: day("2025-05-02") })).id;
  await createInvestigation(prisma, { offenceId: offence.two, oicId: officer.two });
});

describe("the officer type-ahead", () => {
  it("suggests officers whose name holds every word typed, never anyone else", async () => {
    expect((await findOfficers({ actor: actors.analyst, text: "wend ash" })).map((o) => o.id)).toEqual([
      officer.one,
      officer.two,
    ]);
    expect((await findOfficers({ actor: actors.analyst, text: "ASHGROVE" })).map((o) => o.id)).toEqual([
      officer.one,
    ]);
    // A partner or analyst is never an officer in charge, whatever their name.
    expect(await findOfficers({ actor: actors.analyst, text: "officer" })).toEqual([]);
    // Wildcards are literal characters, not patterns.
    expect(await findOfficers({ actor: actors.analyst, text: "%" })).toEqual([]);
  });

  it("answers at most 10", async () => {
    expect(await findOfficers({ actor: actors.analyst, text: "ash" })).toHaveLength(10);
  });

  it("is refused to a role that may not read offences", async () => {
    await expect(findOfficers({ actor: actors.partner, text: "ash" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the officer filter without JavaScript", () => {
  it("filters by officers whose name holds the words typed", async () => {
    const { query, messages } = parseOffenceListQuery({ oic: "wendell ash" });
    expect(messages).toEqual([]);
    const { rows } = await listOffences({ actor: actors.analyst, query });
    expect(rows.map((r) => r.id)).toEqual([offence.one]);
  });

  it("still filters exactly by the id the type-ahead picked", async () => {
    const { rows } = await listOffences({
      actor: actors.analyst,
      query: parseOffenceListQuery({ oic: String(officer.two) }).query,
    });
    expect(rows.map((r) => r.id)).toEqual([offence.two]);
  });
});

describe("the filter panel's choices", () => {
  it("hold the NPUs and places but no officer list, only the selected officer's name", async () => {
    const options = await listOffenceFilterOptions({ actor: actors.analyst, oic: officer.one });
    expect(options.npus.length).toBeGreaterThan(5);
    expect(options.npus.map((n) => n.name)).toEqual(
      [...options.npus.map((n) => n.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(options.hotspots.length).toBeGreaterThan(0);
    expect(options.officer).toEqual({ id: officer.one, name: "DC Wendell Ashgrove" });
    expect(options).not.toHaveProperty("officers");
    expect(options.earliestYear).toBe(2025);
    expect((await listOffenceFilterOptions({ actor: actors.analyst })).officer).toBeNull();
  });
});

describe("the list's count", () => {
  it("stops past COUNT_CAP matches beyond the page and says so, unless asked for the exact count", async () => {
    const prisma = getPrisma();
    const npu = (await prisma.npu.findFirstOrThrow({ where: { name: "Solihull" } })).id;
    // COUNT_CAP + 30 offences: well past the cap on page 1, within it once the page is deep enough.
    await prisma.offence.createMany({
      data: Array.from({ length: COUNT_CAP + 30 }, (_, i) => ({
        crimeReference: `CG/CAP-${String(i).padStart(6, "0")}`,
        offenceCode: "8N",
        knifeUsed: false,
        occurredOn: day("2024-10-01"),
        recordedOn: day("2024-10-01"),
        npuId: npu,
      })),
    });
    const query = (page: string) => parseOffenceListQuery({ npu: String(npu), page }).query;
    const first = await listOffences({ actor: actors.analyst, query: query("1") });
    expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true, totalPages: COUNT_CAP / 25 + 1 });
    expect(first.rows).toHaveLength(25);
    const exact = await listOffences({ actor: actors.analyst, query: query("1"), exactCount: true });
    expect(exact).toMatchObject({ total: COUNT_CAP + 30, totalCapped: false });
    // The last page (an old bookmark far past the end) is counted exactly and shown.
    const last = await listOffences({ actor: actors.analyst, query: query("1000000") });
    expect(last).toMatchObject({
      total: COUNT_CAP + 30,
      totalCapped: false,
      page: Math.ceil((COUNT_CAP + 30) / 25),
    });
    expect(last.rows).toHaveLength((COUNT_CAP + 30) % 25);
  });
});
