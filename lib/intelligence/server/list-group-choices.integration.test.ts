import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { listGroupChoices } from "@/lib/intelligence/server/list-group-choices";

// The groups offered when submitting intelligence. Groups are closed to roles without groups.read
// (investigators, issue 13.11): the form must not list even their names.

withTestDatabase();

describe("listGroupChoices", () => {
  it("offers active groups to an analyst, never a closed one", async () => {
    await getPrisma().group.create({ data: { name: "Synthetic Active Crew", type: "STREET_GANG" } });
    await getPrisma().group.create({
      data: { name: "Synthetic Closed Crew", type: "STREET_GANG", active: false },
    });
    const names = (await listGroupChoices({ actor: (await makeActor("ANALYST")).actor })).map((g) => g.name);
    expect(names).toEqual(["Synthetic Active Crew"]);
  });

  it("offers nothing to an investigator, a partner or an administrator, although groups exist", async () => {
    expect(await getPrisma().group.count({ where: { active: true } })).toBeGreaterThan(0);
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const)
      expect(await listGroupChoices({ actor: (await makeActor(role)).actor })).toEqual([]);
  });
});
