import type { ActionItem, Meeting, Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/prisma/factories/create-reference-data";

export type CreateMeetingInput = Partial<Prisma.MeetingUncheckedCreateInput> & { chairId: number };

/** A DRAFT meeting on 2026-12-08 at 10:00 whose period starts 2026-11-10, unless told. */
export function createMeeting(db: Db, input: CreateMeetingInput): Promise<Meeting> {
  return db.meeting.create({
    data: {
      title: "Captiva Guardian – test meeting",
      heldAt: new Date("2026-12-08T10:00:00.000Z"),
      periodStart: new Date("2026-11-10T00:00:00.000Z"),
      status: "DRAFT",
      ...input,
    },
  });
}

export type CreateActionInput = Partial<Prisma.ActionItemUncheckedCreateInput> & {
  ownerId: number;
  raisedById: number;
};

/** An OPEN action due 2026-12-01 unless told. */
export function createActionItem(db: Db, input: CreateActionInput): Promise<ActionItem> {
  return db.actionItem.create({
    data: {
      title: "Synthetic test action",
      dueOn: new Date("2026-12-01T00:00:00.000Z"),
      status: "OPEN",
      ...input,
    },
  });
}
