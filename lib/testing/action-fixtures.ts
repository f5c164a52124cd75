import { getPrisma } from "@/lib/db/server/prisma";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { createUser } from "@/prisma/factories/create-user";

// The forum actions' integration tests (progress, reassignment, raising, escalation) share one
// clock and one starting point: an open action of a new owner's, raised by a new chair.

/** The tests' "now": before the action's due date, so it is open and not overdue. */
export const ACTION_NOW = new Date("2026-11-27T12:00:00Z");

/** updateActionProgress's text fields, all empty: a test fills the one it is about. */
export const NO_PROGRESS_TEXT = { note: "", resultNote: "", notPossibleReason: "" };

/** An open action due 10 December 2026, owned by a new investigator and raised by a new chair. */
export async function makeOwnedAction() {
  const db = getPrisma();
  const chair = await createUser(db, { role: "CHAIR" });
  const owner = await createUser(db, { role: "INVESTIGATOR" });
  const action = await createActionItem(db, {
    ownerId: owner.id,
    raisedById: chair.id,
    dueOn: day("2026-12-10"),
  });
  return { chair, owner, action };
}
