import { CRIME_REFERENCE_MAX, SUMMARY_MAX, offenceRuleProblems } from "@/lib/offences/offence-form-schema";
import { NAME_MAX } from "@/lib/persons/schemas";
import { dateOfBirthProblem } from "@/lib/persons/rules";
import { dbDateOf } from "@/lib/dates/day";
import type { ColumnIndex, ImportFileKind, ImportProblem, OffenceColumn } from "@/lib/imports/columns";
import type { CsvRecord } from "@/lib/imports/csv-reader";

// Row rules for the two RMS extract files. Pure: the reference data (NPUs, codes, hotspots, users)
// comes in from the database, so the rules are tested without one. The offence form's own
// cross-field rules (offenceRuleProblems) are applied as they are, never restated.

export type ImportReference = {
  npus: ReadonlyMap<string, number>;
  offenceCodes: ReadonlyMap<string, { knifeEnabledEligible: boolean }>;
  hotspots: ReadonlyMap<string, { id: number; npuId: number; active: boolean }>;
  /** Lower-cased email → user id of each active investigator, for oic_email. */
  users: ReadonlyMap<string, number>;
  today: string;
};

/** An offence row as the database will hold it; undefined = the column is not in the file. */
export type OffenceImportRow = {
  line: number;
  crimeReference: string;
  recordedOn: string;
  occurredOn: string;
  offenceCode: string;
  knifeUsed: boolean;
  npuId: number;
  hotspotId?: number | null;
  latitude?: number | null;
  longitude?: number | null;
  reportedVictimAge?: number | null;
  outcomeCode?: number | null;
  outcomeOn?: string | null;
  knifeRecovered?: boolean;
  domesticAbuse?: boolean;
  oicId?: number | null;
  summary?: string;
};

export const GENDERS = {
  F: "FEMALE",
  FEMALE: "FEMALE",
  M: "MALE",
  MALE: "MALE",
  O: "OTHER",
  OTHER: "OTHER",
  U: "UNKNOWN",
  UNKNOWN: "UNKNOWN",
  "": "UNKNOWN",
} as const;
export const ROLES = ["VICTIM", "SUSPECT", "OFFENDER", "WITNESS", "PERSON_OF_INTEREST"] as const;

export type PersonImportRow = {
  line: number;
  crimeReference: string;
  personRef: string;
  role: (typeof ROLES)[number];
  surname: string;
  forenames: string;
  dateOfBirth: string | null;
  gender: (typeof GENDERS)[keyof typeof GENDERS];
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const REFERENCE = /^[A-Za-z0-9/-]+$/;
// A spreadsheet runs a cell starting with these as a formula (OWASP CSV injection). lib/csv
// neutralises them on export too; refusing them here keeps them out of the records altogether.
const FORMULA = /^(?:[=+@\t\r]|-[^\d\s.])/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

type Cells = { get(column: string): string | undefined; problem(column: string, reason: string): void };

function cellsOf(
  kind: ImportFileKind,
  record: CsvRecord,
  index: ColumnIndex,
  problems: ImportProblem[],
): Cells {
  return {
    get: (column) => {
      const i = index.get(column);
      return i === undefined ? undefined : (record.fields[i] ?? "").trim();
    },
    problem: (column, reason) => problems.push({ file: kind, line: record.line, column, reason }),
  };
}

/** A YYYY-MM-DD day that exists, else a problem. */
function day(cells: Cells, column: string, label: string, required: boolean): string | null | undefined {
  const text = cells.get(column);
  if (text === undefined) return undefined;
  if (text === "") {
    if (required) cells.problem(column, `Enter the ${label}`);
    return null;
  }
  const m = ISO_DAY.exec(text);
  const date = m ? dbDateOf(text) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    cells.problem(column, `“${text}” is not a date in the format YYYY-MM-DD, for example 2026-03-27`);
    return null;
  }
  return text;
}

function yesNo(cells: Cells, column: string, required: boolean): boolean | undefined {
  const text = cells.get(column)?.toUpperCase();
  if (text === undefined || (text === "" && !required)) return text === undefined ? undefined : false;
  if (text === "Y" || text === "YES") return true;
  if (text === "N" || text === "NO") return false;
  cells.problem(column, text === "" ? "Enter Y or N" : `“${cells.get(column)}” must be Y or N`);
  return undefined;
}

function whole(
  cells: Cells,
  column: string,
  min: number,
  max: number,
  label: string,
): number | null | undefined {
  const text = cells.get(column);
  if (text === undefined) return undefined;
  if (text === "") return null;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    cells.problem(column, `“${text}” is not ${label}: a whole number from ${min} to ${max}`);
    return null;
  }
  return Number(text);
}

function decimal(cells: Cells, column: string, limit: number): number | null | undefined {
  const text = cells.get(column);
  if (text === undefined) return undefined;
  if (text === "") return null;
  const value = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || Math.abs(value) > limit) {
    cells.problem(column, `“${text}” is not a ${column}: a decimal number from -${limit} to ${limit}`);
    return null;
  }
  return value;
}

function text(cells: Cells, column: string, max: number, label: string): string | undefined {
  const value = cells.get(column);
  if (value === undefined) return undefined;
  if (value.length > max)
    cells.problem(column, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`);
  else if (FORMULA.test(value))
    cells.problem(
      column,
      `${label} starts with “${value[0]}”, which a spreadsheet would run as a formula: remove it`,
    );
  return value;
}

function crimeReference(cells: Cells): string | null {
  const value = cells.get("crime_reference") ?? "";
  if (value === "") cells.problem("crime_reference", "Enter the crime reference");
  else if (value.length > CRIME_REFERENCE_MAX || !REFERENCE.test(value)) {
    cells.problem(
      "crime_reference",
      `“${value.slice(0, 40)}” is not a crime reference: letters, numbers, / and - only, ${CRIME_REFERENCE_MAX} characters or fewer`,
    );
  } else return value.toUpperCase();
  return null;
}

/** Checks offence rows one by one, remembering crime references to refuse a repeat in the file. */
export class OffenceRowChecker {
  private seen = new Map<string, number>();
  private npuByName: Map<string, number>;
  constructor(
    private readonly index: ColumnIndex,
    private readonly ref: ImportReference,
  ) {
    this.npuByName = new Map([...ref.npus].map(([name, id]) => [name.toLowerCase(), id]));
  }

  check(record: CsvRecord, problems: ImportProblem[]): OffenceImportRow | null {
    const before = problems.length;
    const cells = cellsOf("offences", record, this.index, problems);
    const reference = crimeReference(cells);
    if (reference) {
      const first = this.seen.get(reference);
      if (first !== undefined)
        cells.problem(
          "crime_reference",
          `Crime reference ${reference} is also on line ${first}: each offence must appear once`,
        );
      else this.seen.set(reference, record.line);
    }
    const recordedOn = day(cells, "recorded_date", "date the offence was recorded", true);
    const occurredOn = day(cells, "occurred_date", "date the offence occurred", true);
    const code = cells.get("ho_offence_code")?.toUpperCase() ?? "";
    if (!this.ref.offenceCodes.has(code))
      cells.problem(
        "ho_offence_code",
        code ? `“${code}” is not a Home Office offence code in scope` : "Enter the Home Office offence code",
      );
    const knifeUsed = yesNo(cells, "knife_used", true);
    const npu = cells.get("npu") ?? "";
    const npuId = this.npuByName.get(npu.toLowerCase());
    if (npuId === undefined)
      cells.problem(
        "npu",
        npu ? `“${npu}” is not a neighbourhood policing unit` : "Enter the neighbourhood policing unit",
      );
    const hotspotCode = cells.get("hotspot")?.toUpperCase();
    let hotspotId: number | null | undefined = hotspotCode === undefined ? undefined : null;
    if (hotspotCode) {
      const hotspot = this.ref.hotspots.get(hotspotCode);
      if (!hotspot || !hotspot.active)
        cells.problem("hotspot", `“${hotspotCode}” is not an active hotspot code`);
      else if (npuId !== undefined && hotspot.npuId !== npuId)
        cells.problem("hotspot", `Hotspot ${hotspotCode} is not in ${npu}`);
      else hotspotId = hotspot.id;
    }
    if (recordedOn && occurredOn && knifeUsed !== undefined) {
      const rules = offenceRuleProblems(
        // The file's coordinates are checked column by column below.
        {
          offenceCode: code,
          knifeUsed: knifeUsed ? "yes" : "no",
          occurredOn,
          recordedOn,
          npu,
          hotspot: "",
          latitude: null,
          longitude: null,
        },
        this.ref.today,
      );
      const columnOf = {
        knifeUsed: "knife_used",
        occurredOn: "occurred_date",
        recordedOn: "recorded_date",
      } as Record<string, OffenceColumn>;
      for (const p of rules) cells.problem(columnOf[p.field] ?? p.field, p.message);
    }
    const outcomeOn = day(cells, "outcome_date", "outcome date", false);
    if (outcomeOn && occurredOn && (outcomeOn < occurredOn || outcomeOn > this.ref.today)) {
      cells.problem(
        "outcome_date",
        "The outcome date must be on or after the date the offence occurred, and not in the future",
      );
    }
    const oic = cells.get("oic_email")?.toLowerCase();
    let oicId: number | null | undefined = oic === undefined ? undefined : null;
    if (oic) {
      if (!EMAIL.test(oic)) cells.problem("oic_email", `“${oic.slice(0, 60)}” is not an email address`);
      else if (!this.ref.users.has(oic))
        cells.problem("oic_email", `No active investigator has the email ${oic}`);
      else oicId = this.ref.users.get(oic)!;
    }
    const row: OffenceImportRow = {
      line: record.line,
      crimeReference: reference ?? "",
      recordedOn: recordedOn ?? "",
      occurredOn: occurredOn ?? "",
      offenceCode: code,
      knifeUsed: knifeUsed ?? false,
      npuId: npuId ?? 0,
      hotspotId,
      latitude: decimal(cells, "latitude", 90),
      longitude: decimal(cells, "longitude", 180),
      reportedVictimAge: whole(cells, "victim_age", 0, 120, "an age in years"),
      outcomeCode: whole(cells, "outcome_code", 0, 23, "a Home Office outcome code"),
      outcomeOn,
      knifeRecovered: yesNo(cells, "knife_recovered", false),
      domesticAbuse: yesNo(cells, "domestic_abuse", false),
      oicId,
      summary: text(cells, "summary", SUMMARY_MAX, "The summary"),
    };
    return problems.length === before ? row : null;
  }
}

/** Checks person rows; a person_ref must carry the same details on every row it appears on. */
export class PersonRowChecker {
  private links = new Map<string, number>();
  private people = new Map<string, { line: number; key: string }>();
  constructor(
    private readonly index: ColumnIndex,
    private readonly today: string,
  ) {}

  check(record: CsvRecord, problems: ImportProblem[]): PersonImportRow | null {
    const before = problems.length;
    const cells = cellsOf("persons", record, this.index, problems);
    const reference = crimeReference(cells);
    const personRef = cells.get("person_ref") ?? "";
    if (personRef === "") cells.problem("person_ref", "Enter the RMS nominal id (person_ref)");
    else if (personRef.length > 30 || !REFERENCE.test(personRef))
      cells.problem(
        "person_ref",
        `“${personRef.slice(0, 40)}” is not an RMS nominal id: letters, numbers, / and - only`,
      );
    const role = (cells.get("role") ?? "").toUpperCase().replace(/ /g, "_");
    if (!(ROLES as readonly string[]).includes(role))
      cells.problem("role", `“${cells.get("role")}” is not a role: use ${ROLES.join(", ")}`);
    const surname = text(cells, "surname", NAME_MAX, "The surname") ?? "";
    if (surname === "") cells.problem("surname", "Enter the surname");
    const forenames = text(cells, "forenames", NAME_MAX, "The forenames") ?? "";
    const dateOfBirth = day(cells, "date_of_birth", "date of birth", false) ?? null;
    if (dateOfBirth) {
      const wrong = dateOfBirthProblem(dbDateOf(dateOfBirth), dbDateOf(this.today));
      if (wrong) cells.problem("date_of_birth", wrong);
    }
    const genderText = (cells.get("gender") ?? "").toUpperCase() as keyof typeof GENDERS;
    const gender = GENDERS[genderText];
    if (!gender)
      cells.problem("gender", `“${cells.get("gender")}” is not a gender: use F, M, OTHER or UNKNOWN`);
    if (reference && personRef && role) {
      const link = `${reference}|${personRef}|${role}`;
      const first = this.links.get(link);
      if (first !== undefined)
        cells.problem(
          "person_ref",
          `${personRef} is already a ${role.toLowerCase()} of ${reference} on line ${first}`,
        );
      else this.links.set(link, record.line);
    }
    const key = `${surname}|${forenames}|${dateOfBirth}|${gender}`;
    const known = personRef ? this.people.get(personRef) : undefined;
    if (known && known.key !== key)
      cells.problem(
        "person_ref",
        `${personRef} has different details on line ${known.line}: a nominal id is one person`,
      );
    else if (personRef && !known) this.people.set(personRef, { line: record.line, key });
    if (problems.length !== before) return null;
    return {
      line: record.line,
      crimeReference: reference!,
      personRef,
      role: role as PersonImportRow["role"],
      surname,
      forenames,
      dateOfBirth,
      gender: gender!,
    };
  }
}
