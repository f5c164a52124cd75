import { describe, expect, it } from "vitest";
import { withTestDatabase, auditRows } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createReferral } from "@/prisma/factories/create-referral";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { updateActionProgress } from "@/lib/action-items/server/update-action-progress";
import { reviewAction } from "@/lib/action-items/server/review-action";
import { reassignAction } from "@/lib/action-items/server/reassign-action";
import { raiseAction } from "@/lib/action-items/server/raise-action";
import { getAction } from "@/lib/action-items/server/get-action";
import { escalateOverdueActions } from "@/lib/action-items/server/escalate-overdue-actions";
import { setEnvForProcess } from "@/lib/env";

// Forum actions (issue 6): owner transitions, the chair's review, reassignment rules, raising with
// bad input, concurrency, escalation with SMTP unset.

withTestDatabase();

const now = new Date("2026-11-27T12:00:00Z");
const db = () => getPrisma();
const progress = { note: "", resultNote: "", notPossibleReason: "" };

async function setup() {
  const chair = await createUser(db(), { role: "CHAIR" });
  const owner = await createUser(db(), { role: "INVESTIGATOR" });
  const action = await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: chair.id,
    dueOn: day("2026-12-10"),
  });
  return { chair, owner, action };
}

describe("owner transitions", () => {
  it("completing needs a result note; with one it closes and keeps the history", async () => {
    const { owner, action } = await setup();
    const actor = actorFor(owner);
    await expect(
      updateActionProgress({
        actor,
        input: { id: action.id, version: 1, status: "COMPLETED", ...progress },
        now,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { resultNote: ["Enter the result of the action"] },
    });
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("OPEN");

    await updateActionProgress({
      actor,
      input: {
        id: action.id,
        version: 1,
        status: "COMPLETED",
        ...progress,
        resultNote: "Seen and safeguarded",
      },
      now,
    });
    const saved = await db().actionItem.findUniqueOrThrow({
      where: { id: action.id },
      include: { updates: true },
    });
    expect(saved).toMatchObject({
      status: "COMPLETED",
      resultNote: "Seen and safeguarded",
      closedAt: now,
      version: 2,
    });
    expect(saved.updates.map((u) => u.note)).toEqual(["Completed: Seen and safeguarded"]);
    expect(await auditRows({ event: "action.closed", entityId: String(action.id) })).toHaveLength(1);
  });

  it("'not possible' needs a reason, then awaits the chair's review, who records not possible or not done", async () => {
    const { chair, owner, action } = await setup();
    await expect(
      updateActionProgress({
        actor: actorFor(owner),
        input: { id: action.id, version: 1, status: "NOT_POSSIBLE", ...progress },
        now,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { notPossibleReason: ["Enter why the action was not possible"] },
    });
    await updateActionProgress({
      actor: actorFor(owner),
      input: {
        id: action.id,
        version: 1,
        status: "NOT_POSSIBLE",
        ...progress,
        notPossibleReason: "Family moved abroad",
      },
      now,
    });
    const detail = await getAction({ actor: actorFor(chair), id: action.id, now });
    expect(detail).toMatchObject({
      status: "NOT_POSSIBLE",
      awaitingReview: true,
      notPossibleReason: "Family moved abroad",
    });

    await reviewAction({
      actor: actorFor(chair),
      input: { id: action.id, version: 2, outcome: "NOT_DONE", note: "Could have phoned" },
      now,
    });
    expect(await getAction({ actor: actorFor(chair), id: action.id, now })).toMatchObject({
      status: "NOT_DONE",
      awaitingReview: false,
    });
    expect(await auditRows({ event: "action.reviewed", entityId: String(action.id) })).toHaveLength(1);

    // A live action cannot be closed as "not possible" by the chair without the owner's reason.
    const other = await setup();
    await expect(
      reviewAction({
        actor: actorFor(other.chair),
        input: { id: other.action.id, version: 1, outcome: "NOT_POSSIBLE", note: "" },
        now,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      reviewAction({
        actor: actorFor(other.owner),
        input: { id: other.action.id, version: 1, outcome: "NOT_DONE", note: "" },
        now,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses someone else's action (NOT_FOUND, audited) and a stale version (CONFLICT, nothing written)", async () => {
    const { owner, action } = await setup();
    const stranger = await createUser(db(), { role: "INVESTIGATOR" });
    await expect(
      updateActionProgress({
        actor: actorFor(stranger),
        input: { id: action.id, version: 1, status: "IN_PROGRESS", ...progress, note: "x" },
        now,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await auditRows({ event: "access.refused", entityId: String(action.id) })).length,
    ).toBeGreaterThan(0);

    await updateActionProgress({
      actor: actorFor(owner),
      input: { id: action.id, version: 1, status: "IN_PROGRESS", ...progress, note: "Started" },
      now,
    });
    await expect(
      updateActionProgress({
        actor: actorFor(owner),
        input: { id: action.id, version: 1, status: "IN_PROGRESS", ...progress, note: "Again" },
        now,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().actionUpdate.count({ where: { actionItemId: action.id } })).toBe(1);
  });
});

describe("conflicts show the saved values beside the editor's (issue 16)", () => {
  it("progress: the saved status and result beside what the owner typed, who saved it and when", async () => {
    const { owner, action } = await setup();
    await updateActionProgress({
      actor: actorFor(owner),
      input: { id: action.id, version: 1, status: "IN_PROGRESS", ...progress, note: "Started" },
      now,
    });
    const refused = await updateActionProgress({
      actor: actorFor(owner),
      input: { id: action.id, version: 1, status: "COMPLETED", ...progress, resultNote: "Knife arch fitted" },
      now,
    }).catch((error: unknown) => error as { code: string; fieldErrors: Record<string, string[]> });
    expect(refused).toMatchObject({ code: "CONFLICT" });
    const { fieldErrors } = refused as { fieldErrors: Record<string, string[]> };
    expect(fieldErrors.status?.[0]).toBe(
      "Status was changed: you entered “Completed”, the saved value is “In progress”",
    );
    expect(fieldErrors.resultNote?.[0]).toContain(
      "you entered “Knife arch fitted”, the saved value is “none”",
    );
    expect(fieldErrors._form?.[0]).toContain(owner.name);
    expect(fieldErrors._form?.[0]).toMatch(/saved this action at .* while you were editing it/);
    expect(await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "IN_PROGRESS",
      version: 2,
    });
  });
});

describe("reassignment", () => {
  it("the chair and analysts reassign to an active user; a disabled owner and an investigator are refused", async () => {
    const { chair, owner, action } = await setup();
    const analyst = await createUser(db(), { role: "ANALYST" });
    const disabled = await createUser(db(), {
      role: "INVESTIGATOR",
      name: "Retired Officer",
      disabledAt: now,
    });
    const next = await createUser(db(), { role: "INVESTIGATOR" });

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
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).ownerId).toBe(next.id);
    expect(await db().notification.count({ where: { userId: next.id, kind: "action.assigned" } })).toBe(1);
  });

  it("a partner owns only actions about a person referred to their provider, or with no linked case", async () => {
    const { chair } = await setup();
    const partner = await createUser(db(), { role: "PARTNER", provider: "St Giles Trust" });
    const offence = await createOffence(db());
    const referred = await createPerson(db());
    const notReferred = await createPerson(db());
    await createReferral(db(), {
      personId: referred.id,
      referringOfficerId: chair.id,
      provider: "St Giles Trust",
    });
    const about = (fields: { offenceId?: number; personId?: number }) =>
      createActionItem(db(), {
        ownerId: chair.id,
        raisedById: chair.id,
        dueOn: day("2026-12-10"),
        ...fields,
      });

    const caseOnly = await about({ offenceId: offence.id });
    await expect(
      reassignAction({ actor: actorFor(chair), input: { id: caseOnly.id, version: 1, ownerId: partner.id } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const otherPerson = await about({ personId: notReferred.id });
    await expect(
      reassignAction({
        actor: actorFor(chair),
        input: { id: otherPerson.id, version: 1, ownerId: partner.id },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const theirs = await about({ offenceId: offence.id, personId: referred.id });
    await reassignAction({
      actor: actorFor(chair),
      input: { id: theirs.id, version: 1, ownerId: partner.id },
    });
    // The partner sees their action but not the case or person it is about.
    const seen = await getAction({ actor: actorFor(partner), id: theirs.id, now });
    expect(seen).toMatchObject({ offence: null, person: null });
  });
});

describe("raising an action in the meeting", () => {
  it("refuses a past due date and a disabled owner, saves a good one linked to the item", async () => {
    const { chair, owner } = await setup();
    const offence = await createOffence(db());
    const meeting = await createMeeting(db(), { chairId: chair.id, status: "IN_SESSION" });
    const item = await db().agendaItem.create({
      data: { meetingId: meeting.id, position: 1, kind: "NEW_OFFENCE", title: "Item", offenceId: offence.id },
    });
    const disabled = await createUser(db(), { role: "INVESTIGATOR", disabledAt: now });
    const input = {
      agendaItemId: item.id,
      title: "Trawl CCTV",
      description: "",
      ownerId: owner.id,
      dueOn: day("2026-12-04"),
      decisionId: null,
    };

    await expect(
      raiseAction({ actor: actorFor(chair), input: { ...input, dueOn: day("2026-11-26") }, now }),
    ).rejects.toMatchObject({
      fieldErrors: { dueOn: ["The due date must be today or in the future"] },
    });
    await expect(
      raiseAction({ actor: actorFor(chair), input: { ...input, ownerId: disabled.id }, now }),
    ).rejects.toMatchObject({
      fieldErrors: { ownerId: [expect.stringContaining("disabled")] },
    });
    const { id } = await raiseAction({ actor: actorFor(chair), input, now });
    expect(await db().actionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      meetingId: meeting.id,
      offenceId: offence.id,
      ownerId: owner.id,
    });
    expect(await db().notification.count({ where: { userId: owner.id, link: `/actions/${id}` } })).toBe(1);
  });
});

describe("escalation", () => {
  it("flags actions overdue by more than N days once, notifies owner and chair once, and works with SMTP unset", async () => {
    setEnvForProcess("SMTP_URL", "");
    const { chair, owner } = await setup();
    // Everything else in this file's database is closed or not yet overdue enough at this date.
    const later = new Date("2027-06-01T12:00:00Z");
    const overdue = await createActionItem(db(), {
      ownerId: owner.id,
      raisedById: chair.id,
      dueOn: day("2027-05-10"),
      title: "Overdue 22 days",
    });
    const recent = await createActionItem(db(), {
      ownerId: owner.id,
      raisedById: chair.id,
      dueOn: day("2027-05-25"),
      title: "Overdue 7 days",
    });

    const first = await escalateOverdueActions({ now: later, days: 14 });
    const byId = async (id: number) =>
      (await db().actionItem.findUniqueOrThrow({ where: { id } })).escalatedAt;
    expect(await byId(overdue.id)).toEqual(later);
    expect(await byId(recent.id)).toBeNull();
    expect(first.emailed).toBe(0);
    const chairNotes = await db().notification.findMany({
      where: { userId: chair.id, kind: "action.escalated", link: `/actions/${overdue.id}` },
    });
    expect(chairNotes).toHaveLength(1);
    expect(chairNotes[0]!.emailedAt).toBeNull();

    const second = await escalateOverdueActions({ now: later, days: 14 });
    expect(second.notified).toBe(0);
    expect(
      await db().notification.count({ where: { userId: chair.id, link: `/actions/${overdue.id}` } }),
    ).toBe(1);
    expect(await auditRows({ event: "action.escalated", entityId: String(overdue.id) })).toHaveLength(1);
  });
});
