import { describe, expect, it } from "vitest";
import { withTestDatabase, auditRows } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { ACTION_NOW, makeOwnedAction, NO_PROGRESS_TEXT } from "@/lib/testing/action-fixtures";
import { conflictErrors } from "@/lib/testing/conflict-errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { updateActionProgress } from "@/lib/action-items/server/update-action-progress";
import { reviewAction } from "@/lib/action-items/server/review-action";
import { getAction } from "@/lib/action-items/server/get-action";

// Forum actions (issue 6): owner transitions, the chair's review, concurrency. Reassignment,
// raising and escalation: reassign-action, raise-action and escalate-overdue-actions.integration.test.ts.

withTestDatabase();

const now = ACTION_NOW;
const db = () => getPrisma();
/** `user` reviews `action` (at the version they saw) as of the tests' now. */
const reviewAs = (
  user: Parameters<typeof actorFor>[0],
  action: { id: number },
  input: Omit<Parameters<typeof reviewAction>[0]["input"], "id">,
) => reviewAction({ actor: actorFor(user), input: { id: action.id, ...input }, now });
/** `user` records progress on `action`; the text fields not given are empty. */
const progressAs = (
  user: Parameters<typeof actorFor>[0],
  action: { id: number },
  input: Omit<ProgressInput, "id" | keyof typeof NO_PROGRESS_TEXT> & Partial<typeof NO_PROGRESS_TEXT>,
) =>
  updateActionProgress({
    actor: actorFor(user),
    input: { id: action.id, ...NO_PROGRESS_TEXT, ...input },
    now,
  });
type ProgressInput = Parameters<typeof updateActionProgress>[0]["input"];
const setup = makeOwnedAction;

describe("owner transitions", () => {
  it("completing needs a result note; with one it closes and keeps the history", async () => {
    const { owner, action } = await setup();
    await expect(progressAs(owner, action, { version: 1, status: "COMPLETED" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { resultNote: ["Enter the result of the action"] },
    });
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("OPEN");

    await progressAs(owner, action, { version: 1, status: "COMPLETED", resultNote: "Seen and safeguarded" });
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
    await expect(progressAs(owner, action, { version: 1, status: "NOT_POSSIBLE" })).rejects.toMatchObject({
      fieldErrors: { notPossibleReason: ["Enter why the action was not possible"] },
    });
    await progressAs(owner, action, {
      version: 1,
      status: "NOT_POSSIBLE",
      notPossibleReason: "Family moved abroad",
    });
    const detail = await getAction({ actor: actorFor(chair), id: action.id, now });
    expect(detail).toMatchObject({
      status: "NOT_POSSIBLE",
      awaitingReview: true,
      notPossibleReason: "Family moved abroad",
    });

    await reviewAs(chair, action, { version: 2, outcome: "NOT_DONE", note: "Could have phoned" });
    expect(await getAction({ actor: actorFor(chair), id: action.id, now })).toMatchObject({
      status: "NOT_DONE",
      awaitingReview: false,
    });
    expect(await auditRows({ event: "action.reviewed", entityId: String(action.id) })).toHaveLength(1);

    // A live action cannot be closed as "not possible" by the chair without the owner's reason.
    const other = await setup();
    await expect(
      reviewAs(other.chair, other.action, { version: 1, outcome: "NOT_POSSIBLE", note: "" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      reviewAs(other.owner, other.action, { version: 1, outcome: "NOT_DONE", note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses someone else's action (NOT_FOUND, audited) and a stale version (CONFLICT, nothing written)", async () => {
    const { owner, action } = await setup();
    const stranger = await createUser(db(), { role: "INVESTIGATOR" });
    await expect(
      progressAs(stranger, action, { version: 1, status: "IN_PROGRESS", note: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRows({ event: "access.refused", entityId: String(action.id) })).toHaveLength(1);

    await progressAs(owner, action, { version: 1, status: "IN_PROGRESS", note: "Started" });
    await expect(
      progressAs(owner, action, { version: 1, status: "IN_PROGRESS", note: "Again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().actionUpdate.count({ where: { actionItemId: action.id } })).toBe(1);
  });
});

describe("conflicts show the saved values beside the editor's (issue 16)", () => {
  it("progress: the saved status and result beside what the owner typed, who saved it and when", async () => {
    const { owner, action } = await setup();
    await progressAs(owner, action, { version: 1, status: "IN_PROGRESS", note: "Started" });
    const fieldErrors = await conflictErrors(
      progressAs(owner, action, { version: 1, status: "COMPLETED", resultNote: "Knife arch fitted" }),
    );
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
