// The import case of `npm run bench` (issue 7): 100,000 synthetic offence rows (and 50,000 person
// rows) through the same dry run and one-transaction write the upload screen and the nightly
// command use, then the same files again (all unchanged). Target: the write under a minute.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPrisma } from "../../lib/db/server/prisma";
import { SYSTEM_ACTOR } from "../../lib/audit/events";
import { fileOpener } from "../../lib/imports/server/import-files";
import { dryRunImport } from "../../lib/imports/server/dry-run-import";
import { writeImport } from "../../lib/imports/server/write-import";
import { OFFENCE_COLUMNS, PERSON_COLUMNS } from "../../lib/imports/columns";

const NPUS = [
  "Birmingham East",
  "Birmingham North",
  "Coventry",
  "Dudley",
  "Sandwell",
  "Walsall",
  "Wolverhampton",
];
const CODES = ["8N", "5D", "34B", "34A", "2", "3B"];

function day(offset: number): string {
  return new Date(Date.UTC(2025, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Synthetic extract files: offences CG-BENCH-000001… and a victim for every second offence. */
export function writeBenchFiles(
  dir: string,
  offences: number,
): { offencesPath: string; personsPath: string } {
  const rows = [OFFENCE_COLUMNS.join(",")];
  const persons = [PERSON_COLUMNS.join(",")];
  for (let i = 1; i <= offences; i++) {
    const ref = `CG-BENCH-${String(i).padStart(6, "0")}`;
    const occurred = i % 550;
    const row: Record<(typeof OFFENCE_COLUMNS)[number], string> = {
      crime_reference: ref,
      recorded_date: day(occurred + 1),
      occurred_date: day(occurred),
      ho_offence_code: CODES[i % CODES.length]!,
      knife_used: i % 3 === 0 ? "Y" : "N",
      npu: NPUS[i % NPUS.length]!,
      hotspot: "",
      latitude: "52.48",
      longitude: "-1.89",
      victim_age: String(12 + (i % 40)),
      outcome_code: i % 9 === 0 ? "1" : "",
      outcome_date: i % 9 === 0 ? day(occurred + 5) : "",
      knife_recovered: "N",
      domestic_abuse: "N",
      oic_email: "",
      summary: `"Synthetic bench offence ${i}, no real person"`,
    };
    rows.push(OFFENCE_COLUMNS.map((c) => row[c]).join(","));
    if (i % 2 === 0)
      persons.push(
        [
          ref,
          `BENCH-N${i}`,
          "VICTIM",
          `Benchperson${i % 997}`,
          "Sam",
          `200${i % 10}-0${1 + (i % 9)}-1${i % 10}`,
          i % 2 ? "F" : "M",
        ].join(","),
      );
  }
  const offencesPath = join(dir, "offences.csv");
  const personsPath = join(dir, "persons.csv");
  writeFileSync(offencesPath, rows.join("\r\n") + "\r\n");
  writeFileSync(personsPath, persons.join("\r\n") + "\r\n");
  return { offencesPath, personsPath };
}

export async function benchImport(log: (line: string) => void, rows = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "captiva-import-bench-"));
  try {
    const { offencesPath, personsPath } = writeBenchFiles(dir, rows);
    const open = await fileOpener(offencesPath, personsPath);
    const table: Record<string, string>[] = [];
    for (const pass of ["first import (all new)", "same files again (all unchanged)"]) {
      const run = await getPrisma().importRun.create({
        data: { offencesFile: "offences.csv", personsFile: "persons.csv" },
      });
      let started = performance.now();
      const counts = await dryRunImport({ runId: run.id, open });
      const dry = performance.now() - started;
      started = performance.now();
      const result = await writeImport({ runId: run.id, mode: "all", actor: SYSTEM_ACTOR, open });
      const write = performance.now() - started;
      if (!result.written) throw new Error(`the bench files did not import: ${JSON.stringify(counts)}`);
      table.push({
        pass,
        offences: `${result.offences.new} new, ${result.offences.changed} changed, ${result.offences.unchanged} unchanged`,
        persons: `${result.persons.new} new, ${result.persons.unchanged} unchanged`,
        "dry run": `${(dry / 1000).toFixed(1)} s`,
        "import (re-check + write, one transaction)": `${(write / 1000).toFixed(1)} s`,
      });
    }
    log(
      `import of ${rows.toLocaleString("en-GB")} offence rows and ${(rows / 2).toLocaleString("en-GB")} person rows:`,
    );
    console.table(table);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
