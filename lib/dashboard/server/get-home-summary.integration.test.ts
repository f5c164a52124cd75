import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { statementsOf } from "@/lib/testing/sql-statements";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";
import { getHomeSummary } from "@/lib/dashboard/server/get-home-summary";

// Issue 15: the chair's and analysts' home counts, read on every view of those homes, in one
// statement (they were three), with the performance year's first day and today both counted.

withTestDatabase();
const now = new Date("2026-11-27T12:00:00Z"); // performance year 2026/27, from 1 April 2026
let chair: Actor;

beforeAll(async () => {
  const prisma = getPrisma();
  chair = actorFor(await createUser(prisma, { role: "CHAIR" }));
  const offence = (recordedOn: string, knifeUsed: boolean, youngestVictimAge: number | null) =>
    createOffence(prisma, { recordedOn: day(recordedOn), knifeUsed, youngestVictimAge });
  await offence("2026-03-31", true, 16); // the year before
  const first = await offence("2026-04-01", true, 24); // the year's first day
  await offence("2026-08-10", true, 25); // not under 25
  await offence("2026-08-11", false, 15); // no knife
  await offence("2026-08-12", true, null); // age unknown
  const last = await offence("2026-11-27", true, 17); // today
  await offence("2026-11-28", true, 17); // tomorrow (a mistyped date)
  await createInvestigation(prisma, { offenceId: first.id, status: "CHARGED" });
  await createInvestigation(prisma, { offenceId: last.id, status: "FINALISED" });
});

describe("getHomeSummary", () => {
  it("counts the year's offences, its knife-used U25 ones and the unfinished investigations", async () => {
    expect(await getHomeSummary({ actor: chair, now })).toMatchObject({
      performanceYear: { label: "2026/27", start: "2026-04-01" },
      offencesThisYear: 5,
      knifeUsedU25ThisYear: 2,
      openInvestigations: 1,
    });
  });

  it("reads them in one statement", async () => {
    const sent = await statementsOf(() => getHomeSummary({ actor: chair, now }));
    expect(sent, sent.join("\n")).toHaveLength(1);
  });
});
