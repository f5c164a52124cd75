import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { ACTION_NOW, makeOwnedAction } from "@/lib/testing/action-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createReferral } from "@/prisma/factories/create-referral";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { reassignAction } from "@/lib/action-items/server/reassign-action";
import { getAction } from "@/lib/action-items/server/get-action";

// Forum actions (issue 6): who may reassign an action, to whom, and which actions a partner owns.
// Owner transitions: update-action-progress.integration.test.ts.

withTestDatabase();

const now = ACTION_NOW;

describe("reassignment", () => {
  it("the chair and analysts reassign to an active user; a disabled owner and an investigator are refused", async () => {
    const { chair, owner, action } = await makeOwnedAction();
    const analyst = await createUser(getPrisma(), { role: "ANALYST" });
    const disabled = await createUser(getPrisma(), {
      role: "INVESTIGATOR",
      name: "Retired Officer",
      disabledAt: now,
    });
    const next = await createUser(getPrisma(), { role: "INVESTIGATOR" });

    await expect(
      reassignAction({ actor: actorFor(chair), input: { id: action.id, version: 1, ownerId: disabled.id } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: ["Retired Officer's account is disabled: choose someone else"] },
    });
    await expect(
      reassignAction({ actor: actorFor(owner), input: { id: action.id, version: 1, ownerId: next.id } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await reassignAction({
      actor: actorFor(analyst),
      input: { id: action.id, version: 1, ownerId: next.id },
    });
    expect((await getPrisma().actionItem.findUniqueOrThrow({ where: { id: action.id } })).ownerId).toBe(
      next.id,
    );
    expect(
      await getPrisma().notification.count({ where: { userId: next.id, kind: "action.assigned" } }),
    ).toBe(1);
  });

  it("a partner owns only actions about a person referred to their provider, or with no linked case", async () => {
    const { chair } = await makeOwnedAction();
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "St Giles Trust" });
    const offence = await createOffence(getPrisma());
    const referred = await createPerson(getPrisma());
    const notReferred = await createPerson(getPrisma());
    await createReferral(getPrisma(), {
      personId: referred.id,
      referringOfficerId: chair.id,
      provider: "St Giles Trust",
    });
    const about = (fields: { offenceId?: number; personId?: number }) =>
      createActionItem(getPrisma(), {
        ownerId: chair.id,
        raisedById: chair.id,
        dueOn: day("2026-12-10"),
        ...fields,
      });
    const toPartner = (id: number) =>
      reassignAction({ actor: actorFor(chair), input: { id, version: 1, ownerId: partner.id } });

    const caseOnly = await about({ offenceId: offence.id });
    await expect(toPartner(caseOnly.id)).rejects.toMatchObject({ code: "VALIDATION" });
    const otherPerson = await about({ personId: notReferred.id });
    await expect(toPartner(otherPerson.id)).rejects.toMatchObject({ code: "VALIDATION" });
    const theirs = await about({ offenceId: offence.id, personId: referred.id });
    await toPartner(theirs.id);
    // The partner sees their action but not the case or person it is about.
    const seen = await getAction({ actor: actorFor(partner), id: theirs.id, now });
    expect(seen).toMatchObject({ offence: null, person: null });
  });
});
