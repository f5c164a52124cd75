// The two RMS extract files' rows as the database will hold them, and the reference data their
// rules are checked against (lib/imports/validate-offence-rows.ts, validate-person-rows.ts).

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
