import { NAME_MAX } from "@/lib/persons/schemas";
import { dateOfBirthProblem } from "@/lib/persons/rules";
import { dbDateOf } from "@/lib/dates/day";
import type { ColumnIndex, ImportProblem } from "@/lib/imports/columns";
import type { CsvRecord } from "@/lib/imports/csv-reader";
import { cellsOf, crimeReference, day, REFERENCE, text } from "@/lib/imports/import-cells";
import { GENDERS, ROLES, type PersonImportRow } from "@/lib/imports/import-rows";

// Row rules for the persons file. Pure, tested without a database.

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
