import { describe, expect, it } from "vitest";
import { checkHeader, closest, OFFENCE_COLUMNS, PERSON_COLUMNS } from "@/lib/imports/columns";

describe("checkHeader", () => {
  it("accepts the full header in any order and case, and indexes the columns", () => {
    const header = [...OFFENCE_COLUMNS].reverse().map((c) => ` ${c.toUpperCase()} `);
    const { index, problems } = checkHeader("offences", header);
    expect(problems).toEqual([]);
    expect(index.get("crime_reference")).toBe(OFFENCE_COLUMNS.length - 1);
  });

  it("lets optional offence columns be left out, never required ones", () => {
    const { problems } = checkHeader("offences", [
      "crime_reference",
      "recorded_date",
      "occurred_date",
      "ho_offence_code",
      "knife_used",
    ]);
    expect(problems).toEqual([
      { file: "offences", line: 1, column: "npu", reason: "The header row has no “npu” column" },
    ]);
  });

  it("suggests the column a misspelt header meant", () => {
    const header = OFFENCE_COLUMNS.map((c) => (c === "occurred_date" ? "occured_date" : c));
    const { problems } = checkHeader("offences", header);
    expect(problems.map((p) => p.reason)).toEqual([
      "Unknown column “occured_date”: did you mean “occurred_date”?",
      "The header row has no “occurred_date” column",
    ]);
  });

  it("lists the columns when an unknown one is like none of them, and refuses a repeat", () => {
    const { problems } = checkHeader("persons", [...PERSON_COLUMNS, "surname", "shoe_size"]);
    expect(problems[0]!.reason).toBe("The column “surname” appears twice in the header row");
    expect(problems[1]!.reason).toMatch(
      /^Unknown column “shoe_size”: the columns are crime_reference, person_ref/,
    );
  });
});

it("ignores the columns a rejected-rows download adds, so the fixed file goes straight back", () => {
  expect(checkHeader("persons", [...PERSON_COLUMNS, "rejected_line", "rejected_reasons"]).problems).toEqual(
    [],
  );
});

describe("closest", () => {
  it("finds near names only", () => {
    expect(closest("npuu", ["npu", "hotspot"])).toBe("npu");
    expect(closest("xyz", ["npu", "hotspot"])).toBeNull();
  });
});
