import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { day } from "@/prisma/factories/create-reference-data";
import { getNextMeeting } from "@/lib/meetings/server/get-next-meeting";
import { listKnifeOffencesSinceLastMeeting } from "@/lib/offences/server/list-knife-offences-since-last-meeting";
import { getHomeSummary } from "@/lib/dashboard/server/get-home-summary";

// The forum-wide parts of the chair's and analyst's homes, in the order a forum's history builds
// up: nothing yet, then a closed meeting, then the next one.

let chair: User;
let analyst: User;
const now = new Date("2026-11-27T12:00:00Z");

withTestDatabase();
beforeAll(async () => {
  chair = await createUser(getPrisma(), { role: "CHAIR" });
  analyst = await createUser(getPrisma(), { role: "ANALYST" });
});

describe("before any meeting", () => {
  it("has no next meeting and nothing to count from", async () => {
    expect(await getNextMeeting({ actor: actorFor(chair), now })).toBeNull();
    expect(await listKnifeOffencesSinceLastMeeting({ actor: actorFor(analyst) })).toEqual({
      lastMeeting: null,
      since: null,
      total: 0,
      items: [],
    });
  });
});

describe("getNextMeeting", () => {
  it("is the first meeting not closed from today on, with its pack's item count", async () => {
    const prisma = getPrisma();
    await createMeeting(prisma, {
      chairId: chair.id,
      heldAt: new Date("2026-10-30T10:00:00Z"),
      status: "CLOSED",
    });
    await createMeeting(prisma, {
      chairId: chair.id,
      heldAt: new Date("2026-11-20T10:00:00Z"),
      status: "DRAFT",
    }); // stale draft
    const next = await createMeeting(prisma, {
      chairId: chair.id,
      heldAt: new Date("2026-12-08T10:00:00Z"),
      status: "PUBLISHED",
      packVersion: 2,
    });
    await createMeeting(prisma, {
      chairId: chair.id,
      heldAt: new Date("2027-01-05T10:00:00Z"),
      status: "DRAFT",
    });
    for (const [position, removedAt] of [
      [1, null],
      [2, null],
      [3, new Date()],
    ] as const) {
      await prisma.agendaItem.create({
        data: { meetingId: next.id, position, kind: "FREE", title: `Item ${position}`, removedAt },
      });
    }

    expect(await getNextMeeting({ actor: actorFor(analyst), now })).toMatchObject({
      id: next.id,
      status: "PUBLISHED",
      packVersion: 2,
      itemCount: 2,
    });
  });

  it("refuses an investigator and a partner", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(getNextMeeting({ actor: actorFor(user), now })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("listKnifeOffencesSinceLastMeeting", () => {
  it("counts knife-used offences with an under-25 victim recorded on or after the last closed meeting's day", async () => {
    const prisma = getPrisma();
    const onTheDay = await createOffence(prisma, {
      recordedOn: day("2026-10-30"),
      knifeUsed: true,
      youngestVictimAge: 19,
    });
    const later = await createOffence(prisma, {
      recordedOn: day("2026-11-10"),
      knifeUsed: true,
      youngestVictimAge: 24,
    });
    await createOffence(prisma, { recordedOn: day("2026-10-29"), knifeUsed: true, youngestVictimAge: 16 }); // before
    await createOffence(prisma, { recordedOn: day("2026-11-11"), knifeUsed: true, youngestVictimAge: 25 }); // not U25
    await createOffence(prisma, { recordedOn: day("2026-11-12"), knifeUsed: false, youngestVictimAge: 15 }); // no knife
    await createOffence(prisma, { recordedOn: day("2026-11-13"), knifeUsed: true, youngestVictimAge: null }); // age unknown

    const result = await listKnifeOffencesSinceLastMeeting({ actor: actorFor(analyst) });
    expect(result.since).toEqual(day("2026-10-30"));
    expect(result.total).toBe(2);
    expect(result.items.map((o) => o.crimeReference)).toEqual([
      later.crimeReference,
      onTheDay.crimeReference,
    ]);
    expect(result.items[0]).toMatchObject({ npuName: "Birmingham East", youngestVictimAge: 24 });
  });

  it("refuses an investigator (no meetings) and a partner", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(listKnifeOffencesSinceLastMeeting({ actor: actorFor(user) })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("getHomeSummary", () => {
  it("counts this performance year's offences, the knife-used U25 ones, and unfinished investigations", async () => {
    const summary = await getHomeSummary({ actor: actorFor(chair), now });
    expect(summary.performanceYear.label).toBe("2026/27");
    // Every offence above was recorded in 2026/27; three are knife used with a victim under 25.
    expect(summary).toMatchObject({ offencesThisYear: 6, knifeUsedU25ThisYear: 3, openInvestigations: 0 });
  });

  it("refuses roles without the figures", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(getHomeSummary({ actor: actorFor(user), now })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
