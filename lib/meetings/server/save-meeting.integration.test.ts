import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { saveMeeting } from "@/lib/meetings/server/save-meeting";
import { getMeetingForm } from "@/lib/meetings/server/get-meeting-form";
import { saveMeetingSchema } from "@/lib/meetings/schemas";

let chair: User;
let deputy: User;
let analyst: User;
let investigator: User;

withTestDatabase();
beforeAll(async () => {
  const prisma = getPrisma();
  chair = await createUser(prisma, { role: "CHAIR" });
  deputy = await createUser(prisma, { role: "CHAIR" });
  analyst = await createUser(prisma, { role: "ANALYST" });
  investigator = await createUser(prisma, { role: "INVESTIGATOR" });
  await createMeeting(prisma, {
    chairId: chair.id,
    heldAt: new Date("2026-11-10T10:00:00Z"),
    status: "CLOSED",
  });
});

const base = () => ({
  title: "Captiva Guardian – January",
  heldOn: "2027-01-05",
  time: "10:30",
  location: "HQ room 2",
  chairId: String(chair.id),
  deputyId: String(deputy.id),
  attendeeIds: [String(analyst.id)],
  apologyIds: [String(investigator.id)],
  externalAttendees:
    "Jess Demoworth, Violence Reduction Partnership\nChris Sampleby, Youth Offending Service",
});

/** The analyst saves the meeting form: `base()` with `changes` over it. */
const analystSaves = (changes: Partial<ReturnType<typeof base>> & { id?: number; version?: number } = {}) =>
  saveMeeting({ actor: actorFor(analyst), input: { ...base(), ...changes } });

describe("saveMeeting", () => {
  it("schedules a meeting in UK time, its period starting at the previous meeting, with attendees and apologies", async () => {
    const { id } = await analystSaves();
    const meeting = await getPrisma().meeting.findUniqueOrThrow({
      where: { id },
      include: { attendees: { orderBy: { id: "asc" } } },
    });
    expect(meeting.heldAt.toISOString()).toBe("2027-01-05T10:30:00.000Z");
    expect(meeting.periodStart?.toISOString().slice(0, 10)).toBe("2026-11-10");
    expect(meeting.attendees.map((a) => [a.name, a.organisation, a.status])).toEqual([
      [analyst.name, "West Midlands Police", "EXPECTED"],
      [investigator.name, "West Midlands Police", "APOLOGIES"],
      ["Jess Demoworth", "Violence Reduction Partnership", "EXPECTED"],
      ["Chris Sampleby", "Youth Offending Service", "EXPECTED"],
    ]);
    const form = await getMeetingForm({ actor: actorFor(analyst), meetingId: id });
    expect(form.saved).toMatchObject({
      heldOn: "2027-01-05",
      time: "10:30",
      apologyIds: [String(investigator.id)],
    });
  });

  it("changes a meeting: someone taken off the list is marked absent, a stale version is a conflict", async () => {
    const { id } = await analystSaves({ heldOn: "2027-02-02" });
    await analystSaves({ id, version: 1, externalAttendees: "", time: "14:00" });
    const attendees = await getPrisma().meetingAttendee.findMany({
      where: { meetingId: id },
      orderBy: { id: "asc" },
    });
    expect(attendees.map((a) => a.status)).toEqual(["EXPECTED", "APOLOGIES", "ABSENT", "ABSENT"]);
    await expect(analystSaves({ id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a conflict shows the saved values beside the editor's, and saving again with the new version works", async () => {
    const { id } = await analystSaves({ heldOn: "2027-03-02" });
    await analystSaves({ id, version: 1, heldOn: "2027-03-02", location: "Room 9" });
    const stale = analystSaves({ id, version: 1, heldOn: "2027-03-03", time: "9:00" });
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        heldOn: ["Date was changed: you entered “3 Mar 2027”, the saved value is “2 Mar 2027”"],
        time: ["Start time was changed: you entered “09:00”, the saved value is “10:30”"],
        location: ["Location was changed: you entered “HQ room 2”, the saved value is “Room 9”"],
      },
    });
    const error = (await stale.catch((e: unknown) => e)) as { fieldErrors: Record<string, string[]> };
    expect(error.fieldErrors._form![0]).toMatch(
      /saved this meeting at .* while you were editing it\. 3 fields differ/,
    );
    expect(error.fieldErrors.title).toBeUndefined();
    // Nothing was written by the refused save; the retry with the saved version goes through.
    expect((await getPrisma().meeting.findUniqueOrThrow({ where: { id } })).location).toBe("Room 9");
    await analystSaves({ id, version: 2, heldOn: "2027-03-03", time: "9:00" });
    const after = await getPrisma().meeting.findUniqueOrThrow({ where: { id } });
    expect([after.version, after.location, after.heldAt.toISOString()]).toEqual([
      3,
      "HQ room 2",
      "2027-03-03T09:00:00.000Z",
    ]);
  });

  it("refuses a meeting on a day that does not exist (2023-02-30, 2026-13-01) and stores nothing", async () => {
    const before = await getPrisma().meeting.count();
    for (const heldOn of ["2023-02-30", "2026-13-01"]) {
      const parsed = saveMeetingSchema.safeParse(base());
      expect(parsed.success).toBe(true);
      expect(saveMeetingSchema.safeParse({ ...base(), heldOn }).error?.issues[0]).toMatchObject({
        path: ["heldOn"],
        message: "Date of the meeting must be a real date",
      });
      await expect(analystSaves({ title: `Rolled over ${heldOn}`, heldOn })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { heldOn: ["Date of the meeting must be a real date"] },
      });
    }
    expect(await getPrisma().meeting.count()).toBe(before);
    expect(await getPrisma().meeting.count({ where: { title: { startsWith: "Rolled over" } } })).toBe(0);
    expect(
      await getPrisma().meeting.count({
        where: { heldAt: { gte: new Date("2023-03-01T00:00:00Z"), lt: new Date("2023-03-03T00:00:00Z") } },
      }),
    ).toBe(0);
  });

  it("refuses a chair who is not a chair, and roles without meetings.prepare", async () => {
    await expect(analystSaves({ chairId: String(analyst.id) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(saveMeeting({ actor: actorFor(investigator), input: base() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
