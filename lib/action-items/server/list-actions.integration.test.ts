import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { listActions } from "@/lib/action-items/server/list-actions";
import { listActionOwners } from "@/lib/action-items/server/list-action-owners";

// The action register's row rule: the chair and analysts see every action; anyone else only their
// own, whatever owner filter the URL asks for. Every assertion reads the rows the function returns
// against rows written to the database here.

withTestDatabase();

const all = { status: "all" as const, page: 1 };

const actors = withActors({
  chair: "CHAIR",
  analyst: "ANALYST",
  investigator: { role: "INVESTIGATOR", name: "DC Own" },
  otherInvestigator: { role: "INVESTIGATOR", name: "DC Other" },
  partner: "PARTNER",
});
beforeAll(async () => {
  const offence = await createOffence(getPrisma());
  for (const [owner, title] of [
    [actors.investigator, "Own action"],
    [actors.otherInvestigator, "Other officer's action"],
    [actors.partner, "Partner's action"],
    [actors.analyst, "Analyst's action"],
  ] as const)
    await createActionItem(getPrisma(), {
      ownerId: owner.id,
      raisedById: actors.chair.id,
      title,
      offenceId: offence.id,
    });
});

const titles = async (actor: Actor, filters: Parameters<typeof listActions>[0]["filters"] = all) =>
  (await listActions({ actor, filters })).items.map((a) => a.title).sort();

describe("listActions", () => {
  it("gives the chair and analysts every action, and filters by owner", async () => {
    const every = ["Analyst's action", "Other officer's action", "Own action", "Partner's action"];
    expect(await titles(actors.chair)).toEqual(every);
    expect(await titles(actors.analyst)).toEqual(every);
    expect(await titles(actors.chair, { ...all, owner: actors.otherInvestigator.id })).toEqual([
      "Other officer's action",
    ]);
  });

  it("gives an investigator only their own actions, even when the URL asks for another officer's", async () => {
    expect(await titles(actors.investigator)).toEqual(["Own action"]);
    expect(await titles(actors.investigator, { ...all, owner: actors.otherInvestigator.id })).toEqual([
      "Own action",
    ]);
    const page = await listActions({ actor: actors.investigator, filters: all });
    expect(page.total).toBe(1);
  });

  it("gives a partner only their own actions, without the case they belong to", async () => {
    const page = await listActions({
      actor: actors.partner,
      filters: { ...all, owner: actors.investigator.id },
    });
    expect(page.items.map((a) => a.title)).toEqual(["Partner's action"]);
    expect(page.items[0]!.offence).toBeNull();
  });

  it("refuses an administrator", async () => {
    const admin = (await makeActor("ADMIN")).actor;
    await expect(listActions({ actor: admin, filters: all })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listActionOwners", () => {
  it("lists active non-administrators for the chair and analysts, never a disabled account", async () => {
    const disabled = (await makeActor("INVESTIGATOR", { name: "DC Disabled", disabledAt: new Date() })).user;
    const admin = (await makeActor("ADMIN", { name: "Admin Person" })).user;
    for (const actor of [actors.chair, actors.analyst]) {
      const ids = (await listActionOwners({ actor })).map((o) => o.id);
      expect(ids).toEqual(
        expect.arrayContaining([actors.investigator.id, actors.otherInvestigator.id, actors.partner.id]),
      );
      expect(ids).not.toContain(disabled.id);
      expect(ids).not.toContain(admin.id);
    }
  });

  it("refuses investigators and partners: the list of accounts is not theirs to read", async () => {
    for (const actor of [actors.investigator, actors.partner])
      await expect(listActionOwners({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
