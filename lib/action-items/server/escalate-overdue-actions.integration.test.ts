import { describe, expect, it } from "vitest";
import { withTestDatabase, auditRows } from "@/lib/testing/admin-fixtures";
import { makeOwnedAction } from "@/lib/testing/action-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { escalateOverdueActions } from "@/lib/action-items/server/escalate-overdue-actions";
import { setEnvForProcess } from "@/lib/env";

// Forum actions (issue 6): escalating overdue actions once, with SMTP unset.

withTestDatabase();

describe("escalation", () => {
  it("flags actions overdue by more than N days once, notifies owner and chair once, and works with SMTP unset", async () => {
    setEnvForProcess("SMTP_URL", "");
    const { chair, owner } = await makeOwnedAction();
    // Everything else in this file's database is closed or not yet overdue enough at this date.
    const later = new Date("2027-06-01T12:00:00Z");
    const overdue = await createActionItem(getPrisma(), {
      ownerId: owner.id,
      raisedById: chair.id,
      dueOn: day("2027-05-10"),
      title: "Overdue 22 days",
    });
    const recent = await createActionItem(getPrisma(), {
      ownerId: owner.id,
      raisedById: chair.id,
      dueOn: day("2027-05-25"),
      title: "Overdue 7 days",
    });

    const first = await escalateOverdueActions({ now: later, days: 14 });
    const byId = async (id: number) =>
      (await getPrisma().actionItem.findUniqueOrThrow({ where: { id } })).escalatedAt;
    expect(await byId(overdue.id)).toEqual(later);
    expect(await byId(recent.id)).toBeNull();
    expect(first.emailed).toBe(0);
    const chairNotes = await getPrisma().notification.findMany({
      where: { userId: chair.id, kind: "action.escalated", link: `/actions/${overdue.id}` },
    });
    expect(chairNotes).toHaveLength(1);
    expect(chairNotes[0]!.emailedAt).toBeNull();

    const second = await escalateOverdueActions({ now: later, days: 14 });
    expect(second.notified).toBe(0);
    expect(
      await getPrisma().notification.count({ where: { userId: chair.id, link: `/actions/${overdue.id}` } }),
    ).toBe(1);
    expect(await auditRows({ event: "action.escalated", entityId: String(overdue.id) })).toHaveLength(1);
  });
});
