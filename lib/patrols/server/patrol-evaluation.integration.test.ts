import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk } from "@/lib/dates/day";
import { createOffence } from "@/prisma/factories/create-offence";
import { day, ensureReferenceData, type ReferenceIds } from "@/prisma/factories/create-reference-data";
import { createPatrolDeployment } from "@/prisma/factories/create-patrol-deployment";
import { auditRows, makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { periodNumbered, periodOf } from "@/lib/patrols/periods";
import { getPatrolEvaluation } from "@/lib/patrols/server/get-patrol-evaluation";
import { getWeeklyDosage } from "@/lib/patrols/server/get-weekly-dosage";
import { exportPatrolEvaluation } from "@/lib/patrols/server/export-patrol-evaluation";

// Issue 17: the evaluation's numbers against hand-computed values on a small fixture, in tactical
// period 59 (14 Sep – 11 Oct 2026): HS01, HS02 treatment; HS03, HS04 control; HS05 outside the trial.

withTestDatabase();

const P59 = periodNumbered(59);
let ref: ReferenceIds;

beforeAll(async () => {
  const db = getPrisma();
  ref = await ensureReferenceData(db);
  await createPatrolDeployment(db, {
    periodStart: P59.start,
    treatment: ["HS01", "HS02"],
    control: ["HS03", "HS04"],
  });
  const dose = (code: string, on: string, minutes: number, patrolType = "FOOT") => ({
    hotspotId: ref.hotspot(code),
    day: day(on),
    minutes,
    patrolType,
  });
  await db.patrolDosage.createMany({
    data: [
      dose("HS01", "2026-09-14", 60),
      dose("HS01", "2026-09-21", 30, "VEHICLE"),
      dose("HS02", "2026-10-11", 120),
      dose("HS04", "2026-09-30", 15),
      dose("HS05", "2026-09-20", 45),
      dose("HS01", "2026-10-12", 500), // the next period
    ],
  });
  const offence = (code: string, recorded: string, extra: Parameters<typeof createOffence>[1] = {}) =>
    createOffence(db, { hotspot: code, recordedOn: day(recorded), ...extra });
  await offence("HS01", "2026-09-15", { knifeUsed: true });
  await offence("HS01", "2026-10-11");
  await offence("HS01", "2026-09-16", { youngestVictimAge: 30 }); // not SYV: victim 25 or over
  await offence("HS01", "2026-09-16", { offenceCode: "10D" }); // not a scrutiny category
  await offence("HS03", "2026-09-14", { knifeUsed: true });
  await offence("HS03", "2026-09-20", { knifeUsed: true });
  await offence("HS03", "2026-09-25");
  await offence("HS03", "2026-10-12"); // recorded in the next period
  await offence("HS04", "2026-10-01");
});

describe("the patrol evaluation", () => {
  it("per hotspot: dosage and SYV offences in the period, as counted by hand", async () => {
    const chair = (await makeActor("CHAIR")).actor;
    const [p] = await getPatrolEvaluation({ actor: chair, periods: [P59] });
    expect(p!.rows.map((r) => [r.code, r.arm, r.minutes, r.patrols, r.syv, r.knife])).toEqual([
      ["HS01", "TREATMENT", 90, 2, 2, 1],
      ["HS02", "TREATMENT", 120, 1, 0, 0],
      ["HS03", "CONTROL", 0, 0, 3, 2],
      ["HS04", "CONTROL", 15, 1, 1, 0],
      ["HS05", null, 45, 1, 0, 0],
    ]);
  });

  it("per period: treatment against control, means per hotspot and the difference", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const [p] = await getPatrolEvaluation({ actor: analyst, periods: [P59] });
    expect(p!.comparison).toEqual({
      treatment: { hotspots: 2, meanSyv: 1, meanKnife: 0.5, meanMinutes: 105 },
      control: { hotspots: 2, meanSyv: 2, meanKnife: 1, meanMinutes: 7.5 },
      difference: { syv: -1, knife: -0.5, minutes: 97.5 },
    });
    expect(p!.deployment?.treatment).toEqual(["HS01", "HS02"]);
  });

  it("exports the same numbers as CSV, escaped against formulas, and records the disclosure", async () => {
    const chair = (await makeActor("CHAIR")).actor;
    await getPrisma().hotspot.update({
      where: { code: "HS05" },
      data: { name: '=HYPERLINK("http://evil.example","x")' },
    });
    const { csv } = await exportPatrolEvaluation({
      actor: chair,
      periods: [P59],
      justification: { reason: "Home Office return", recipients: "Home Office" },
    });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFOFFICIAL-SENSITIVE");
    expect(lines).toContain(
      "P59,2026-09-14,2026-10-11,2,2,1,2,-1,0.5,1,-0.5,105,7.5,97.5,record " + (await firstDeploymentId()),
    );
    expect(lines).toContain("P59,2026-09-14,2026-10-11,HS01,Birmingham East hotspot 1,Treatment,90,2,2,1");
    expect(lines.find((l) => l.includes(",HS05,"))).toBe(
      `P59,2026-09-14,2026-10-11,HS05,"'=HYPERLINK(""http://evil.example"",""x"")",Not in the trial,45,1,0,0`,
    );
    const audit = await auditRows({ event: "export.downloaded", entityType: "patrol-evaluation" });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.recipients).toBe("Home Office");
  });

  it("is refused to partners and investigators, and the export to anyone without figures.export", async () => {
    for (const role of ["PARTNER", "INVESTIGATOR", "ADMIN"] as const) {
      const actor = (await makeActor(role)).actor;
      await expect(getPatrolEvaluation({ actor, periods: [P59] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        exportPatrolEvaluation({ actor, periods: [P59], justification: { reason: "x", recipients: "y" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("gives a hotspot's dosage by week, weeks without patrols as zero", async () => {
    const chair = (await makeActor("CHAIR")).actor;
    const weeks = await getWeeklyDosage({
      actor: chair,
      hotspotId: ref.hotspot("HS01"),
      weeks: 5,
      asAt: "2026-10-12",
    });
    expect(weeks).toEqual([
      { weekStart: "2026-09-14", minutes: 60, patrols: 1 },
      { weekStart: "2026-09-21", minutes: 30, patrols: 1 },
      { weekStart: "2026-09-28", minutes: 0, patrols: 0 },
      { weekStart: "2026-10-05", minutes: 0, patrols: 0 },
      { weekStart: "2026-10-12", minutes: 500, patrols: 1 },
    ]);
    const partner = (await makeActor("PARTNER")).actor;
    await expect(getWeeklyDosage({ actor: partner, hotspotId: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("by default covers the six periods up to today's", async () => {
    const chair = (await makeActor("CHAIR")).actor;
    const periods = await getPatrolEvaluation({ actor: chair });
    expect(periods).toHaveLength(6);
    expect(periods[0]!.number).toBe(periodOf(todayInUk())!.number);
  });
});

async function firstDeploymentId(): Promise<number> {
  return (await getPrisma().patrolDeployment.findFirstOrThrow({ where: { periodStart: day(P59.start) } })).id;
}
