import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { addDays, todayInUk } from "@/lib/dates/day";
import { isAppError } from "@/lib/errors";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";
import { auditRows, makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createPatrolRun } from "@/lib/patrols/server/create-patrol-run";
import { writePatrolImport } from "@/lib/patrols/server/write-patrol-import";
import { uploadPatrolImport } from "@/lib/patrols/server/upload-patrol-import";
import { applyPatrolImport } from "@/lib/patrols/server/apply-patrol-import";
import { listImportRuns } from "@/lib/imports/server/list-import-runs";
import { getImportRun } from "@/lib/imports/server/get-import-run";

// Issue 17: the geofencing extract is checked (dry run), then imported all or nothing. Every bad
// row is reported with its line and column, and a file with any problem writes no dosage at all.

withTestDatabase();

const HEADER = "hotspot_code,date,minutes,patrol_type";
const GOOD = ["HS01,2026-06-01,45,FOOT", "HS01,2026-06-01,30,VEHICLE", "HS02,2026-06-02,60,foot"];
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n") + "\n");
const dosageCount = async () => getPrisma().patrolDosage.count();

beforeAll(async () => {
  await ensureReferenceData(getPrisma());
});

const tomorrow = () => addDays(todayInUk(), 1);

describe("the patrol import's checks", () => {
  it.each([
    ["an unknown hotspot code", "HS99,2026-06-03,30,FOOT", "hotspot_code", "No hotspot has the code “HS99”"],
    ["a future date", `HS03,${tomorrow()},30,FOOT`, "date", "is in the future"],
    ["a date that is not a day", "HS03,2026-02-30,30,FOOT", "date", "is not a date"],
    ["zero minutes", "HS03,2026-06-03,0,FOOT", "minutes", "not a whole number of minutes from 1 to 1440"],
    ["more minutes than a day has", "HS03,2026-06-03,1441,FOOT", "minutes", "from 1 to 1440"],
    ["minutes that are not whole", "HS03,2026-06-03,12.5,FOOT", "minutes", "from 1 to 1440"],
    [
      "an unknown patrol type",
      "HS03,2026-06-03,30,HELICOPTER",
      "patrol_type",
      "Unknown patrol type “HELICOPTER”",
    ],
    ["a duplicate row", "HS01,2026-06-01,45,FOOT", "hotspot_code", "Repeats line 2"],
  ])(
    "%s is reported with its line and column, and importing changes nothing",
    async (_l, bad, column, reason) => {
      const before = await dosageCount();
      const { runId, check } = await createPatrolRun({
        startedById: null,
        fileName: "p.csv",
        bytes: csv(...GOOD, bad),
      });
      expect(check.problems).toEqual([{ line: 5, column, reason: expect.stringContaining(reason) }]);
      const done = await writePatrolImport({ runId, actor: SYSTEM_ACTOR });
      expect(done.written).toBe(false);
      // Read back: no dosage at all from the file (the three good rows neither), the run refused.
      expect(await dosageCount()).toBe(before);
      const run = await getPrisma().importRun.findUniqueOrThrow({ where: { id: runId } });
      expect(run.status).toBe("FAILED");
      expect(run.kind).toBe("patrols");
      expect((run.errors as { line: number }[])[0]!.line).toBe(5);
    },
  );

  it("refuses a file with a wrong header or no rows, and keeps the file as the run's ImportFile", async () => {
    const wrong = await createPatrolRun({
      startedById: null,
      fileName: "p.csv",
      bytes: new TextEncoder().encode("hotspot,date,minutes,patrol_type\nHS01,2026-06-01,5,FOOT\n"),
    });
    expect(wrong.check.problems.map((p) => p.reason)).toEqual([
      expect.stringContaining("Unknown column “hotspot”"),
      "The header row has no “hotspot_code” column",
    ]);
    const empty = await createPatrolRun({ startedById: null, fileName: "p.csv", bytes: csv() });
    expect(empty.check.problems[0]!.reason).toContain("The file is empty");
    const stored = await getPrisma().importFile.findUniqueOrThrow({
      where: { runId_kind: { runId: wrong.runId, kind: "patrols" } },
    });
    expect(Buffer.from(stored.bytes).toString("utf8")).toContain("HS01,2026-06-01,5,FOOT");
  });
});

describe("importing patrol dosage", () => {
  it("imports a clean file all at once, audited; the same file again adds nothing", async () => {
    const before = await dosageCount();
    const { runId, check } = await createPatrolRun({
      startedById: null,
      fileName: "p.csv",
      bytes: csv(...GOOD),
    });
    expect(check.counts).toMatchObject({ rows: 3, new: 3, unchanged: 0, problems: 0, minutes: 135 });
    expect(await dosageCount()).toBe(before); // the dry run writes nothing
    expect((await writePatrolImport({ runId, actor: SYSTEM_ACTOR })).written).toBe(true);
    const rows = await getPrisma().patrolDosage.findMany({
      where: { importRunId: runId },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.patrolType, r.minutes])).toEqual([
      ["FOOT", 45],
      ["VEHICLE", 30],
      ["FOOT", 60],
    ]);
    expect(await auditRows({ event: "patrols.imported", entityId: String(runId) })).toHaveLength(1);

    const again = await createPatrolRun({ startedById: null, fileName: "p.csv", bytes: csv(...GOOD) });
    expect(again.check.counts).toMatchObject({ new: 0, unchanged: 3, problems: 0 });
    await writePatrolImport({ runId: again.runId, actor: SYSTEM_ACTOR });
    expect(await dosageCount()).toBe(before + 3);
  });

  it("refuses a row that would change imported minutes", async () => {
    const { check } = await createPatrolRun({
      startedById: null,
      fileName: "p.csv",
      bytes: csv("HS01,2026-06-01,50,FOOT"),
    });
    expect(check.problems[0]!.reason).toContain("was imported already with 45 minutes");
  });

  it("re-checks inside the transaction: a change since the dry run refuses the whole file", async () => {
    const hs = await ensureReferenceData(getPrisma());
    const { runId, check } = await createPatrolRun({
      startedById: null,
      fileName: "p.csv",
      bytes: csv("HS04,2026-06-10,20,FOOT", "HS05,2026-06-10,25,FOOT"),
    });
    expect(check.problems).toEqual([]);
    await getPrisma().patrolDosage.create({
      data: { hotspotId: hs.hotspot("HS05"), day: new Date("2026-06-10"), patrolType: "FOOT", minutes: 99 },
    });
    const before = await dosageCount();
    expect((await writePatrolImport({ runId, actor: SYSTEM_ACTOR })).written).toBe(false);
    expect(await dosageCount()).toBe(before);
    await expect(writePatrolImport({ runId, actor: SYSTEM_ACTOR })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("is the analyst's: the chair and a partner can neither upload nor import", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const file = new File([csv("HS06,2026-06-11,15,CYCLE")], "dosage.csv");
    const runId = await uploadPatrolImport({ actor: analyst, file });
    for (const role of ["CHAIR", "PARTNER"] as const) {
      const actor = (await makeActor(role)).actor;
      const refused = (e: unknown) => isAppError(e) && e.code === "FORBIDDEN";
      await expect(uploadPatrolImport({ actor, file }).catch(refused)).resolves.toBe(true);
      await expect(applyPatrolImport({ actor, runId }).catch(refused)).resolves.toBe(true);
    }
    expect(await getPrisma().patrolDosage.count({ where: { importRunId: runId } })).toBe(0);
    expect((await applyPatrolImport({ actor: analyst, runId })).written).toBe(true);
    expect(await getPrisma().patrolDosage.count({ where: { importRunId: runId } })).toBe(1);
  });

  it("keeps patrol runs out of the RMS import history and its run page", async () => {
    const analyst = (await makeActor("ANALYST")).actor;
    const { runId } = await createPatrolRun({ startedById: null, fileName: "p.csv", bytes: csv(...GOOD) });
    expect((await listImportRuns({ actor: analyst, take: 100 })).map((r) => r.id)).not.toContain(runId);
    expect(await getImportRun({ actor: analyst, runId, page: 1 })).toBeNull();
  });

  it("dosage is never deleted (the database refuses it)", async () => {
    await expect(getPrisma().patrolDosage.deleteMany({})).rejects.toThrow(/never deleted/);
  });
});
