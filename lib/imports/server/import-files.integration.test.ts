import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { uploadImport } from "@/lib/imports/server/upload-import";
import { startImport } from "@/lib/imports/server/start-import";
import { exportRejectedRows } from "@/lib/imports/server/export-rejected-rows";
import { createUser } from "@/prisma/factories/create-user";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 15: an upload is kept in the database, not on the disk of the instance that received it,
// so another instance can import it and export its rejected rows.

let oicEmail: string;
const dataDir = mkdtempSync(join(tmpdir(), "captiva-import-files-"));

withTestDatabase({ env: { DATA_DIR: dataDir } });
const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  oicEmail = (await createUser(getPrisma(), { role: "INVESTIGATOR" })).email;
});

const HEADER =
  "crime_reference,recorded_date,occurred_date,ho_offence_code,knife_used,npu,hotspot,victim_age,outcome_code,outcome_date,oic_email,summary";
const row = (ref: string, npu = "Coventry") =>
  `${ref},2026-10-02,2026-10-01,8N,Y,${npu},,30,,,${oicEmail},"Synthetic, imported"`;

describe("an uploaded extract", () => {
  it("is kept in the database, and imported and exported from there", async () => {
    const text = `${HEADER}\r\n${row("FILES-1")}\r\n${row("FILES-2", "Narnia")}\r\n`;
    const { runId, checked } = await uploadImport({
      actor: actors.analyst,
      offences: new File([text], "extract.csv"),
      persons: null,
    });
    await checked;
    const stored = await getPrisma().importFile.findMany({ where: { runId } });
    expect(stored.map((f) => f.kind)).toEqual(["offences"]);
    expect(new TextDecoder().decode(stored[0]!.bytes)).toBe(text);
    expect(existsSync(join(dataDir, "imports"))).toBe(false); // nothing on this instance's disk

    const run = await getPrisma().importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("VALIDATED");

    // Another instance: a fresh client reads the same rows.
    await getPrisma().$disconnect();
    (globalThis as { captivaPrisma?: unknown }).captivaPrisma = undefined;
    const rejected = await new Response(
      await exportRejectedRows({ actor: actors.analyst, runId, kind: "offences" }),
    ).text();
    expect(rejected).toContain("FILES-2");
    expect(rejected).not.toContain("FILES-1,");
    const { written } = await startImport({ actor: actors.analyst, runId, mode: "valid" });
    await written;
    expect(await getPrisma().offence.count({ where: { crimeReference: { startsWith: "FILES-" } } })).toBe(1);
  });

  it("that was never stored is not found", async () => {
    const run = await getPrisma().importRun.create({
      data: { offencesFile: "gone.csv", status: "VALIDATED", counts: { unreadable: [], problems: 0 } },
    });
    await expect(startImport({ actor: actors.analyst, runId: run.id, mode: "all" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      exportRejectedRows({ actor: actors.analyst, runId: run.id, kind: "offences" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
