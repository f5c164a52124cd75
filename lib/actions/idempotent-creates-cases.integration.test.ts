import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeUser, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { signIn, signInAs, signOutRequest } from "@/lib/testing/request";
import { twentyAtOnce } from "@/lib/testing/twenty-at-once";
import { makeGroup, planLineForm } from "@/lib/testing/group-fixtures";
import { offenceFormValues } from "@/lib/testing/offence-form-values";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { recordDecisionAction, raiseActionAction } from "@/app/meetings/[id]/run/actions";
import { createOffenceAction } from "@/app/offences/new/actions";
import { addInvestigationUpdateAction } from "@/app/offences/[id]/(record)/investigation/actions";
import { addGroupMemberAction, addPlanLineAction, linkGroupOffenceAction } from "@/app/groups/[id]/actions";

// Issue 16, the remaining idempotent creates (idempotent-creates.integration.test.ts has the
// first ones): each action is called 20 times at once by one signed-in user, and the table read
// back holds exactly one new row.

vi.mock("next/headers", () => import("@/lib/testing/request"));
vi.mock("next/cache", () => import("@/lib/testing/request"));

withTestDatabase({ env: { DATABASE_POOL_SIZE: "10" } });
beforeEach(signOutRequest);

/** An agenda item about an offence, on a meeting in session (decisions and actions need one). */
async function itemInSession() {
  const chair = await makeUser("CHAIR");
  const offence = await createOffence(getPrisma());
  const meeting = await createMeeting(getPrisma(), { chairId: chair.id, status: "IN_SESSION" });
  const item = await getPrisma().agendaItem.create({
    data: {
      meetingId: meeting.id,
      position: 1,
      kind: "SCRUTINY",
      title: "Case review",
      offenceId: offence.id,
    },
  });
  await signIn(chair);
  return { chair, item };
}

describe("each remaining create happens once", () => {
  it("decisions.record", async () => {
    const { item } = await itemInSession();
    const input = { agendaItemId: item.id, text: "Refer to mentoring", rationale: "Synthetic rationale" };
    const href = await twentyAtOnce(
      () => recordDecisionAction(input),
      () => getPrisma().decision.count({ where: { agendaItemId: item.id } }),
    );
    expect(href).toBe(`/meetings/${item.meetingId}/run`);
  });

  it("actions.raise", async () => {
    const { item } = await itemInSession();
    const owner = await makeUser("INVESTIGATOR");
    const input = {
      agendaItemId: item.id,
      title: "Visit the school",
      description: "",
      ownerId: String(owner.id),
      dueOn: "2099-01-31",
      decisionId: "",
    };
    const href = await twentyAtOnce(
      () => raiseActionAction(input),
      () => getPrisma().actionItem.count({ where: { ownerId: owner.id } }),
    );
    const made = await getPrisma().actionItem.findFirstOrThrow({ where: { ownerId: owner.id } });
    expect(href).toBe(`/actions/${made.id}`);
  });

  it("offences.create", async () => {
    await signInAs("ANALYST");
    const input = offenceFormValues();
    const crimeReference = input.crimeReference;
    const href = await twentyAtOnce(
      () => createOffenceAction(input),
      () => getPrisma().offence.count({ where: { crimeReference } }),
    );
    const made = await getPrisma().offence.findFirstOrThrow({ where: { crimeReference } });
    expect(href).toBe(`/offences/${made.id}`);
  });

  it("investigations.add-update", async () => {
    const oic = await makeUser("INVESTIGATOR");
    const offence = await createOffence(getPrisma());
    const investigation = await createInvestigation(getPrisma(), { offenceId: offence.id, oicId: oic.id });
    await signIn(oic);
    const href = await twentyAtOnce(
      () => addInvestigationUpdateAction({ id: investigation.id, body: "CCTV requested from the shop" }),
      () => getPrisma().investigationUpdate.count({ where: { investigationId: investigation.id } }),
    );
    expect(href).toBe(`/offences/${offence.id}/investigation`);
  });

  it("groups.add-member", async () => {
    const group = await makeGroup();
    const person = await createPerson(getPrisma());
    await signInAs("ANALYST");
    const input = {
      groupId: group.id,
      personId: String(person.id),
      role: "associate",
      startOn: "2026-02-03",
    };
    const href = await twentyAtOnce(
      () => addGroupMemberAction(input as never),
      () => getPrisma().groupMembership.count({ where: { groupId: group.id } }),
    );
    expect(href).toBe(`/groups/${group.id}`);
  });

  it("groups.add-plan-line", async () => {
    const group = await makeGroup();
    const analyst = await signInAs("ANALYST");
    const input = { groupId: group.id, ...planLineForm(analyst.id, { dueOn: "2099-12-31" }) };
    const href = await twentyAtOnce(
      () => addPlanLineAction(input as never),
      () => getPrisma().groupPlanLine.count({ where: { groupId: group.id } }),
    );
    expect(href).toBe(`/groups/${group.id}`);
  });

  it("groups.link-offence", async () => {
    const group = await makeGroup();
    const offence = await createOffence(getPrisma());
    await signInAs("ANALYST");
    const href = await twentyAtOnce(
      () => linkGroupOffenceAction({ groupId: group.id, crimeReference: offence.crimeReference }),
      () => getPrisma().groupOffence.count({ where: { groupId: group.id } }),
    );
    expect(href).toBe(`/groups/${group.id}`);
  });
});
