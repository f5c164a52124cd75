import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk } from "@/lib/dates/day";
import { day } from "@/prisma/factories/create-reference-data";
import { createPatrolDeployment } from "@/prisma/factories/create-patrol-deployment";
import { auditRows, makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { periodNumbered, periodOf } from "@/lib/patrols/periods";
import { recordPatrolDeployment } from "@/lib/patrols/server/record-patrol-deployment";
import { correctPatrolDeployment } from "@/lib/patrols/server/correct-patrol-deployment";
import { getPatrolEvaluation } from "@/lib/patrols/server/get-patrol-evaluation";

// Issue 17: a period's randomised deployment is recorded once; a change to a past period is
// refused; a correction is a new, audited, reasoned record that shows what it superseded.

withTestDatabase();

const current = periodOf(todayInUk())!;
const next = periodNumbered(current.number + 1);
const past = periodNumbered(current.number - 1);
const pastRecorded = periodNumbered(current.number - 2);
const snapshot = async () => ({
  deployments: await getPrisma().patrolDeployment.findMany({
    include: { arms: true },
    orderBy: { id: "asc" },
  }),
});

beforeAll(async () => {
  // A period already past, recorded when it was the future (as the demo seed does).
  await createPatrolDeployment(getPrisma(), {
    periodStart: pastRecorded.start,
    treatment: ["HS10"],
    control: ["HS11"],
  });
});

describe("recording a period's deployment", () => {
  it("records the next period once, audited, with each hotspot's arm", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const { id } = await recordPatrolDeployment({
      actor: analyst,
      input: { periodStart: next.start, treatment: "HS01, hs02", control: "HS03\nHS04" },
    });
    const row = await getPrisma().patrolDeployment.findUniqueOrThrow({
      where: { id },
      include: { arms: { include: { hotspot: true } } },
    });
    expect(row.arms.map((a) => [a.hotspot.code, a.arm]).sort()).toEqual([
      ["HS01", "TREATMENT"],
      ["HS02", "TREATMENT"],
      ["HS03", "CONTROL"],
      ["HS04", "CONTROL"],
    ]);
    const [audit] = await auditRows({ event: "patrol-deployment.recorded", entityId: String(id) });
    expect(audit!.actorId).toBe(analyst.id);

    const before = await snapshot();
    await expect(
      recordPatrolDeployment({
        actor: analyst,
        input: { periodStart: next.start, treatment: "HS05", control: "HS06" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("record a correction") });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["a past period with a record", () => pastRecorded.start],
    ["a past period without one", () => past.start],
  ])("refuses %s, and changes nothing", async (_l, start) => {
    const analyst = (await makeActor("ANALYST")).actor;
    const before = await snapshot();
    await expect(
      recordPatrolDeployment({
        actor: analyst,
        input: { periodStart: start(), treatment: "HS20", control: "HS21" },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { periodStart: [expect.stringContaining("has ended")] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [
      "a day no period starts on",
      { periodStart: "2026-12-08", treatment: "HS01", control: "HS02" },
      "periodStart",
    ],
    ["an unknown hotspot code", { periodStart: "", treatment: "HS01 HS99", control: "HS02" }, "treatment"],
    ["a hotspot in both arms", { periodStart: "", treatment: "HS01", control: "HS02, HS01" }, "control"],
    ["an empty arm", { periodStart: "", treatment: "HS01", control: " " }, "control"],
  ])("refuses %s with a message on the field", async (_l, input, field) => {
    const analyst = (await makeActor("ANALYST")).actor;
    const before = await snapshot();
    const given = { ...input, periodStart: input.periodStart || periodNumbered(current.number + 2).start };
    await expect(recordPatrolDeployment({ actor: analyst, input: given })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("is the analyst's: the chair reads, but cannot record or correct", async () => {
    const chair = (await makeActor("CHAIR")).actor;
    const input = {
      periodStart: periodNumbered(current.number + 3).start,
      treatment: "HS01",
      control: "HS02",
    };
    await expect(recordPatrolDeployment({ actor: chair, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      correctPatrolDeployment({ actor: chair, input: { ...input, reason: "the chair would rather" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("correcting a deployment", () => {
  it("needs a reason, and changes nothing without one", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const before = await snapshot();
    await expect(
      correctPatrolDeployment({
        actor: analyst,
        input: { periodStart: pastRecorded.start, treatment: "HS11", control: "HS10", reason: " " },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
  });

  it("is a new record superseding the first, audited with both lists and the reason", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const first = await getPrisma().patrolDeployment.findFirstOrThrow({
      where: { periodStart: day(pastRecorded.start) },
      include: { arms: true },
    });
    const reason = "The randomisation file had HS10 and HS11 swapped";
    const { id } = await correctPatrolDeployment({
      actor: analyst,
      input: { periodStart: pastRecorded.start, treatment: "HS11", control: "HS10", reason },
    });
    // The first record is untouched; the correction names it.
    const again = await getPrisma().patrolDeployment.findUniqueOrThrow({
      where: { id: first.id },
      include: { arms: true },
    });
    expect(again).toEqual(first);
    const correction = await getPrisma().patrolDeployment.findUniqueOrThrow({ where: { id } });
    expect(correction).toMatchObject({ supersedesId: first.id, reason, recordedById: analyst.id });
    const [audit] = await auditRows({ event: "patrol-deployment.corrected", entityId: String(id) });
    expect(audit!.category).toBe("ALTERATION");
    expect(JSON.stringify(audit!.changes)).toContain(reason);
    // The evaluation uses the correction and shows what it superseded.
    const [p] = await getPatrolEvaluation({ actor: analyst, periods: [pastRecorded] });
    expect(p!.deployment).toMatchObject({
      id,
      supersedesId: first.id,
      treatment: ["HS11"],
      control: ["HS10"],
    });
    expect(p!.superseded.map((s) => s.id)).toEqual([first.id]);
    // Correcting the superseded record again is refused by the database (one correction per record).
    await expect(
      getPrisma().patrolDeployment.create({
        data: { periodStart: day(pastRecorded.start), supersedesId: first.id, reason: "a second branch" },
      }),
    ).rejects.toThrow();
  });

  it("a deployment is never updated or deleted, even in SQL", async () => {
    await expect(getPrisma().$executeRaw`UPDATE "PatrolDeploymentArm" SET arm = 'CONTROL'`).rejects.toThrow(
      /recorded once/,
    );
    await expect(getPrisma().$executeRaw`UPDATE "PatrolDeployment" SET reason = 'quietly'`).rejects.toThrow(
      /recorded once/,
    );
    await expect(getPrisma().$executeRaw`DELETE FROM "PatrolDeployment"`).rejects.toThrow(/never deleted/);
  });
});
