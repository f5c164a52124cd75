import { describe, expect, it } from "vitest";
import {
  checkHeader,
  OFFENCE_COLUMNS,
  PERSON_COLUMNS,
  REQUIRED_OFFENCE_COLUMNS,
  type ImportProblem,
} from "@/lib/imports/columns";
import type { ImportReference } from "@/lib/imports/import-rows";
import { OffenceRowChecker } from "@/lib/imports/validate-offence-rows";
import { PersonRowChecker } from "@/lib/imports/validate-person-rows";

const reference: ImportReference = {
  npus: new Map([
    ["Coventry", 1],
    ["Dudley", 2],
  ]),
  offenceCodes: new Map([
    ["8N", { knifeEnabledEligible: true }],
    ["10D", { knifeEnabledEligible: false }],
  ]),
  hotspots: new Map([
    ["HS01", { id: 7, npuId: 1, active: true }],
    ["HS02", { id: 8, npuId: 2, active: false }],
  ]),
  users: new Map([["oic@captiva.test", 42]]),
  today: "2026-11-27",
};

const good: Record<string, string> = {
  crime_reference: "cr/2026/1",
  recorded_date: "2026-10-02",
  occurred_date: "2026-10-01",
  ho_offence_code: "8n",
  knife_used: "Y",
  npu: "coventry",
  hotspot: "HS01",
  latitude: "52.40",
  longitude: "-1.51",
  victim_age: "17",
  outcome_code: "",
  outcome_date: "",
  knife_recovered: "N",
  oic_email: "OIC@captiva.test",
  summary: "Synthetic.",
};

function offences(rows: Record<string, string>[]) {
  const checker = new OffenceRowChecker(checkHeader("offences", [...OFFENCE_COLUMNS]).index, reference);
  const problems: ImportProblem[] = [];
  const parsed = rows.map((r, i) =>
    checker.check({ line: i + 2, fields: OFFENCE_COLUMNS.map((c) => r[c] ?? "") }, problems),
  );
  return { parsed, problems };
}

describe("OffenceRowChecker", () => {
  it("turns a good row into the database's values", () => {
    const { parsed, problems } = offences([good]);
    expect(problems).toEqual([]);
    expect(parsed[0]).toMatchObject({
      crimeReference: "CR/2026/1",
      offenceCode: "8N",
      knifeUsed: true,
      npuId: 1,
      hotspotId: 7,
      longitude: -1.51,
      reportedVictimAge: 17,
      outcomeCode: null,
      knifeRecovered: false,
      oicId: 42,
    });
  });

  it("names the line, column and reason of each problem, and refuses the row", () => {
    const { parsed, problems } = offences([
      { ...good, recorded_date: "02/10/2026" },
      { ...good, crime_reference: "CR2", npu: "Narnia", ho_offence_code: "99Z" },
      { ...good, crime_reference: "CR3", occurred_date: "2026-10-03" },
      { ...good, crime_reference: "CR4", ho_offence_code: "10D" },
      { ...good, crime_reference: "CR5", hotspot: "HS02" },
      {
        ...good,
        crime_reference: "CR6",
        victim_age: "seventeen",
        outcome_code: "24",
        oic_email: "nobody@captiva.test",
      },
    ]);
    expect(parsed.every((p) => p === null)).toBe(true);
    expect(problems).toEqual([
      {
        file: "offences",
        line: 2,
        column: "recorded_date",
        reason: "“02/10/2026” is not a date in the format YYYY-MM-DD, for example 2026-03-27",
      },
      {
        file: "offences",
        line: 3,
        column: "ho_offence_code",
        reason: "“99Z” is not a Home Office offence code in scope",
      },
      { file: "offences", line: 3, column: "npu", reason: "“Narnia” is not a neighbourhood policing unit" },
      {
        file: "offences",
        line: 4,
        column: "recorded_date",
        reason: "Date the offence was recorded must be the same as or after the date it occurred",
      },
      {
        file: "offences",
        line: 5,
        column: "knife_used",
        reason: "Possession of a bladed article (10D) cannot be recorded as knife used",
      },
      { file: "offences", line: 6, column: "hotspot", reason: "“HS02” is not an active hotspot code" },
      {
        file: "offences",
        line: 7,
        column: "oic_email",
        reason: "No active investigator has the email nobody@captiva.test",
      },
      {
        file: "offences",
        line: 7,
        column: "victim_age",
        reason: "“seventeen” is not an age in years: a whole number from 0 to 120",
      },
      {
        file: "offences",
        line: 7,
        column: "outcome_code",
        reason: "“24” is not a Home Office outcome code: a whole number from 0 to 23",
      },
    ]);
  });

  it("refuses a crime reference seen earlier in the file, a future date and a formula", () => {
    const { problems } = offences([
      good,
      good,
      { ...good, crime_reference: "CR9", recorded_date: "2026-11-28" },
      { ...good, crime_reference: "CR10", summary: '=HYPERLINK("http://x","click")' },
    ]);
    expect(problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [3, "crime_reference", "Crime reference CR/2026/1 is also on line 2: each offence must appear once"],
      [4, "recorded_date", "Date the offence was recorded must be today or in the past"],
      [5, "summary", "The summary starts with “=”, which a spreadsheet would run as a formula: remove it"],
    ]);
  });

  it("leaves out what the file does not have, so it is never changed", () => {
    const header: string[] = [...REQUIRED_OFFENCE_COLUMNS];
    const checker = new OffenceRowChecker(checkHeader("offences", header).index, reference);
    const row = checker.check({ line: 2, fields: header.map((c) => good[c]!) }, []);
    expect(row).not.toHaveProperty("summary", expect.anything());
    expect(row?.summary).toBeUndefined();
    expect(row?.hotspotId).toBeUndefined();
  });
});

describe("PersonRowChecker", () => {
  const person = {
    crime_reference: "CR1",
    person_ref: "N123",
    role: "victim",
    surname: "Testington",
    forenames: "Jay",
    date_of_birth: "2010-05-01",
    gender: "F",
  };
  function persons(rows: Record<string, string>[]) {
    const checker = new PersonRowChecker(checkHeader("persons", [...PERSON_COLUMNS]).index, "2026-11-27");
    const problems: ImportProblem[] = [];
    const parsed = rows.map((r, i) =>
      checker.check({ line: i + 2, fields: PERSON_COLUMNS.map((c) => r[c] ?? "") }, problems),
    );
    return { parsed, problems };
  }

  it("reads a person row", () => {
    expect(persons([person]).parsed[0]).toEqual({
      line: 2,
      crimeReference: "CR1",
      personRef: "N123",
      role: "VICTIM",
      surname: "Testington",
      forenames: "Jay",
      dateOfBirth: "2010-05-01",
      gender: "FEMALE",
    });
  });

  it("refuses a bad role, a future birth, a repeated link and one nominal id with two identities", () => {
    const { problems } = persons([
      person,
      { ...person, role: "bystander" },
      { ...person, person_ref: "N2", date_of_birth: "2027-01-01" },
      person,
      { ...person, role: "SUSPECT", surname: "Other" },
    ]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, "role"],
      [4, "date_of_birth"],
      [5, "person_ref"],
      [6, "person_ref"],
    ]);
    expect(problems[3]!.reason).toBe("N123 has different details on line 2: a nominal id is one person");
  });
});
