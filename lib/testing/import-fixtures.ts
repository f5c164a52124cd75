import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { verifyAuditChain } from "@/lib/audit/server/verify-audit-chain";
import { dryRunImport } from "@/lib/imports/server/dry-run-import";
import { writeImport, type ImportMode } from "@/lib/imports/server/write-import";
import { createUser } from "@/prisma/factories/create-user";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// The RMS import's integration tests (offences, persons, outcomes): each file gets a database of
// its own with the reference data and one investigator to name as officer in charge, and writes its
// runs through the same dry run + write as the import page.

let oicEmail = "";

/**
 * An import test file's one describe block: the file's database, the reference data and the officer
 * in charge the rows name (`imports.oicEmail`), then the file's tests, then the audit chain check.
 */
export function describeImport(name: string, tests: (imports: { readonly oicEmail: string }) => void): void {
  const imports = withImportDatabase();
  describe(name, () => {
    tests(imports);
    // Last: whatever the file's runs wrote, the audit chain is still whole.
    it("keeps the audit chain whole", async () => {
      expect(await verifyAuditChain({ db: getPrisma() })).toMatchObject({ ok: true });
    });
  });
}

function withImportDatabase(): { readonly oicEmail: string } {
  withTestDatabase();
  beforeAll(async () => {
    await ensureReferenceData(getPrisma());
    oicEmail = (await createUser(getPrisma(), { role: "INVESTIGATOR" })).email;
  });
  return {
    get oicEmail() {
      return oicEmail;
    },
  };
}

export const IMPORT_HEADER =
  "crime_reference,recorded_date,occurred_date,ho_offence_code,knife_used,npu,hotspot,victim_age,outcome_code,outcome_date,oic_email,summary";

/** One offences row, knife used, valid unless `extra` says otherwise. */
export const importRow = (
  ref: string,
  extra: Partial<
    Record<"recorded" | "occurred" | "code" | "npu" | "age" | "outcome" | "outcomeOn" | "summary", string>
  > = {},
) =>
  `${ref},${extra.recorded ?? "2026-10-02"},${extra.occurred ?? "2026-10-01"},${extra.code ?? "8N"},Y,${extra.npu ?? "Coventry"},,${extra.age ?? "30"},${extra.outcome ?? ""},${extra.outcomeOn ?? ""},${oicEmail},"${extra.summary ?? "Synthetic, imported"}"`;

export const importCsv = (...lines: string[]) => `${IMPORT_HEADER}\r\n${lines.join("\r\n")}\r\n`;

/** A new import run of these files: its dry run, then (with a mode) its write, and the run as stored after. */
export async function runImport(offences: string, persons: string | null, mode: ImportMode | null) {
  const prisma = getPrisma();
  const importRun = await prisma.importRun.create({
    data: { offencesFile: "offences.csv", personsFile: persons ? "persons.csv" : null },
  });
  const open = () => ({ offences: [offences], persons: persons ? [persons] : null });
  const dry = await dryRunImport({ runId: importRun.id, open });
  const result = mode ? await writeImport({ runId: importRun.id, mode, actor: SYSTEM_ACTOR, open }) : null;
  return {
    id: importRun.id,
    dry: dry!,
    result,
    run: await prisma.importRun.findUniqueOrThrow({ where: { id: importRun.id } }),
  };
}

export const importedOffenceCount = () =>
  getPrisma().offence.count({ where: { crimeReference: { startsWith: "IMP-" } } });
export const importAuditCount = () => getPrisma().auditEvent.count({ where: { source: "import" } });
