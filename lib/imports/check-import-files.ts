import { checkHeader, type ImportFileKind, type ImportProblem } from "@/lib/imports/columns";
import { CsvFormatError, readCsvRecords, type CsvRecord } from "@/lib/imports/csv-reader";
import type { ImportReference, OffenceImportRow, PersonImportRow } from "@/lib/imports/import-rows";
import { OffenceRowChecker } from "@/lib/imports/validate-offence-rows";
import { PersonRowChecker } from "@/lib/imports/validate-person-rows";

// Reads and checks both extract files as streams: header first (a bad header stops that file, since
// no row can be read against it), then row by row. Pure apart from the byte sources it is given.

export type ImportSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export type CheckedImport = {
  offences: OffenceImportRow[];
  persons: PersonImportRow[];
  /** Columns the offences file has (a column left out is never changed). */
  offenceColumns: Set<string>;
  problems: ImportProblem[];
  /** Data rows read, valid or not (both files). */
  rowsTotal: number;
  /** Lines with a problem, per file. */
  rejected: { offences: Set<number>; persons: Set<number> };
  /** Files that could not be read as the format at all (not CSV, bad header, empty): none of their rows count. */
  unreadable: ImportFileKind[];
};

export async function checkImportFiles({
  offences,
  persons,
  reference,
  onProgress,
}: {
  offences: ImportSource;
  persons?: ImportSource | null;
  reference: ImportReference;
  onProgress?: (rowsRead: number) => void | Promise<void>;
}): Promise<CheckedImport> {
  const result: CheckedImport = {
    offences: [],
    persons: [],
    offenceColumns: new Set(),
    problems: [],
    rowsTotal: 0,
    rejected: { offences: new Set(), persons: new Set() },
    unreadable: [],
  };
  const tick = async () => {
    if (++result.rowsTotal % 5_000 === 0) await onProgress?.(result.rowsTotal);
  };

  await readFile(
    "offences",
    offences,
    result,
    (header) => {
      const { index, problems } = checkHeader("offences", header);
      result.offenceColumns = new Set(index.keys());
      const checker = new OffenceRowChecker(index, reference);
      return {
        problems,
        row: (record, into) => checker.check(record, into),
        keep: (row) => void result.offences.push(row as OffenceImportRow),
      };
    },
    tick,
  );

  if (persons) {
    await readFile(
      "persons",
      persons,
      result,
      (header) => {
        const { index, problems } = checkHeader("persons", header);
        const checker = new PersonRowChecker(index, reference.today);
        return {
          problems,
          row: (record, into) => checker.check(record, into),
          keep: (row) => void result.persons.push(row as PersonImportRow),
        };
      },
      tick,
    );
  }
  await onProgress?.(result.rowsTotal);
  return result;
}

type FileReader = {
  problems: ImportProblem[];
  row: (record: CsvRecord, problems: ImportProblem[]) => OffenceImportRow | PersonImportRow | null;
  keep: (row: OffenceImportRow | PersonImportRow) => void;
};

async function readFile(
  kind: ImportFileKind,
  source: ImportSource,
  result: CheckedImport,
  start: (header: string[]) => FileReader,
  tick: () => Promise<void>,
): Promise<void> {
  let reader: FileReader | null = null;
  try {
    for await (const record of readCsvRecords(source)) {
      if (!reader) {
        reader = start(record.fields);
        if (reader.problems.length > 0) {
          result.problems.push(...reader.problems);
          result.unreadable.push(kind);
          return;
        }
        continue;
      }
      await tick();
      const row = reader.row(record, result.problems);
      if (row) reader.keep(row);
      else result.rejected[kind].add(record.line);
    }
    if (!reader) {
      result.problems.push({
        file: kind,
        line: 1,
        column: "",
        reason: "The file is empty: it needs a header row and at least one row",
      });
      result.unreadable.push(kind);
    }
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    result.problems.push({ file: kind, line: error.line, column: "", reason: error.message });
    // A file that cannot be read to its end cannot be partly imported: nothing from it is kept.
    result.unreadable.push(kind);
    if (kind === "offences") result.offences = [];
    else result.persons = [];
  }
}

/** Drops persons whose offence is rejected or unknown, recording why (the planner supplies `known`). */
export function rejectOrphanPersons(checked: CheckedImport, known: ReadonlySet<string>): void {
  const valid = new Set(checked.offences.map((o) => o.crimeReference));
  const kept: PersonImportRow[] = [];
  for (const person of checked.persons) {
    if (valid.has(person.crimeReference) || known.has(person.crimeReference)) kept.push(person);
    else {
      checked.problems.push({
        file: "persons",
        line: person.line,
        column: "crime_reference",
        reason: `No valid offence ${person.crimeReference} is in the offences file, and none is recorded already`,
      });
      checked.rejected.persons.add(person.line);
    }
  }
  checked.persons = kept;
}
