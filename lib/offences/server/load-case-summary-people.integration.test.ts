import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { createPerson } from "@/prisma/factories/create-person";
import { loadCaseSummaryPeople } from "@/lib/offences/server/load-case-summary-people";

// Issue 18 / 13.11: the case summary's people facts hold group membership only for roles that may
// read groups; an investigator learns nothing of groups, neither the names nor the flag.

withTestDatabase();

let memberId: number;
let otherId: number;

const actors = withActors({ chair: "CHAIR", investigator: "INVESTIGATOR" });
beforeAll(async () => {
  const prisma = getPrisma();
  memberId = (await createPerson(prisma, { surname: "Quillfeather", forenames: "Ada" })).id;
  otherId = (await createPerson(prisma, { surname: "Marchbank", forenames: "Tobin" })).id;
  const group = await prisma.group.create({ data: { name: "Synthetic Lane Crew", type: "STREET_GANG" } });
  await prisma.groupMembership.create({
    data: { groupId: group.id, personId: memberId, role: "associate", startOn: new Date("2026-01-01") },
  });
});

describe("loadCaseSummaryPeople", () => {
  const today = new Date("2026-11-27T12:00:00Z");

  it("gives the chair each person's groups and the group flag", async () => {
    const facts = await loadCaseSummaryPeople({ actor: actors.chair, personIds: [memberId, otherId], today });
    expect(facts.get(memberId)?.groups).toEqual(["Synthetic Lane Crew"]);
    expect(JSON.stringify(facts.get(memberId)?.flags)).toMatch(/group/i);
    expect(facts.get(otherId)?.groups).toEqual([]);
  });

  it("gives an investigator no groups and no group flag", async () => {
    const facts = await loadCaseSummaryPeople({
      actor: actors.investigator,
      personIds: [memberId, otherId],
      today,
    });
    expect(facts.get(memberId)?.groups).toBeNull();
    expect(JSON.stringify(facts.get(memberId)?.flags ?? [])).not.toMatch(/group/i);
    expect(JSON.stringify([...facts.values()])).not.toContain("Synthetic Lane Crew");
  });

  it("reads nothing for no people", async () => {
    expect((await loadCaseSummaryPeople({ actor: actors.chair, personIds: [], today })).size).toBe(0);
  });
});
