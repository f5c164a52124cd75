// Home Office crime outcome types 0-23 (docs/domain.md). `positive` drives the outcome rate; 0 is left
// out of the outcome mix but still counts in the rate's denominator.

export type OutcomeGroup =
  | "Not yet assigned"
  | "Charge/summons"
  | "Out-of-court (formal)"
  | "Out-of-court (informal)"
  | "Prosecution prevented or not in public interest"
  | "Evidential difficulties"
  | "Investigation complete – no suspect identified"
  | "Transferred / other";

export type OutcomeTypeRef = {
  code: number;
  description: string;
  positive: boolean;
  outcomeGroup: OutcomeGroup;
};

export const POSITIVE_OUTCOME_CODES: readonly number[] = [1, 2, 3, 4, 6, 7, 8, 22, 23];

// The codes by group, each group named once; OUTCOME_TYPES lists them in code order (0-23), so a
// code is also its index.
const CODES_BY_GROUP: [OutcomeGroup, [number, string][]][] = [
  ["Not yet assigned", [[0, "Not yet assigned"]]],
  [
    "Charge/summons",
    [
      [1, "Charged/summonsed"],
      [4, "Taken into consideration"],
    ],
  ],
  [
    "Out-of-court (formal)",
    [
      [2, "Caution – youths"],
      [3, "Caution – adults"],
      [6, "Penalty notice for disorder"],
      [7, "Cannabis/khat warning"],
      [23, "Deferred prosecution"],
    ],
  ],
  [
    "Out-of-court (informal)",
    [
      [8, "Community resolution"],
      [22, "Diversionary, educational or intervention activity"],
    ],
  ],
  [
    "Prosecution prevented or not in public interest",
    [
      [5, "Offender died"],
      [9, "Prosecution not in the public interest (CPS)"],
      [10, "Formal action not in the public interest (police)"],
      [11, "Prosecution prevented – suspect under age"],
      [12, "Prosecution prevented – suspect too ill"],
      [13, "Prosecution prevented – victim or key witness dead or too ill"],
      [17, "Prosecution time limit expired"],
      [21, "Further investigation not in the public interest (police)"],
    ],
  ],
  [
    "Evidential difficulties",
    [
      [14, "Evidential difficulties – suspect not identified; victim does not support further action"],
      [15, "Evidential difficulties – suspect identified; victim supports action"],
      [16, "Evidential difficulties – suspect identified; victim does not support further action"],
    ],
  ],
  [
    "Investigation complete – no suspect identified",
    [[18, "Investigation complete – no suspect identified"]],
  ],
  [
    "Transferred / other",
    [
      [19, "National Fraud Intelligence Bureau filed (fraud only)"],
      [20, "Further investigation transferred to another body"],
    ],
  ],
];

export const OUTCOME_TYPES: readonly OutcomeTypeRef[] = CODES_BY_GROUP.flatMap(([outcomeGroup, codes]) =>
  codes.map(([code, description]) => ({
    code,
    description,
    positive: POSITIVE_OUTCOME_CODES.includes(code),
    outcomeGroup,
  })),
).sort((a, b) => a.code - b.code);

export function isPositiveOutcome(code: number | null | undefined): boolean {
  return code != null && POSITIVE_OUTCOME_CODES.includes(code);
}

export function outcomeTypeRef(code: number): OutcomeTypeRef | undefined {
  return OUTCOME_TYPES[code]?.code === code
    ? OUTCOME_TYPES[code]
    : OUTCOME_TYPES.find((o) => o.code === code);
}
