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

const rows: [number, string, OutcomeGroup][] = [
  [0, "Not yet assigned", "Not yet assigned"],
  [1, "Charged/summonsed", "Charge/summons"],
  [2, "Caution – youths", "Out-of-court (formal)"],
  [3, "Caution – adults", "Out-of-court (formal)"],
  [4, "Taken into consideration", "Charge/summons"],
  [5, "Offender died", "Prosecution prevented or not in public interest"],
  [6, "Penalty notice for disorder", "Out-of-court (formal)"],
  [7, "Cannabis/khat warning", "Out-of-court (formal)"],
  [8, "Community resolution", "Out-of-court (informal)"],
  [9, "Prosecution not in the public interest (CPS)", "Prosecution prevented or not in public interest"],
  [
    10,
    "Formal action not in the public interest (police)",
    "Prosecution prevented or not in public interest",
  ],
  [11, "Prosecution prevented – suspect under age", "Prosecution prevented or not in public interest"],
  [12, "Prosecution prevented – suspect too ill", "Prosecution prevented or not in public interest"],
  [
    13,
    "Prosecution prevented – victim or key witness dead or too ill",
    "Prosecution prevented or not in public interest",
  ],
  [
    14,
    "Evidential difficulties – suspect not identified; victim does not support further action",
    "Evidential difficulties",
  ],
  [15, "Evidential difficulties – suspect identified; victim supports action", "Evidential difficulties"],
  [
    16,
    "Evidential difficulties – suspect identified; victim does not support further action",
    "Evidential difficulties",
  ],
  [17, "Prosecution time limit expired", "Prosecution prevented or not in public interest"],
  [18, "Investigation complete – no suspect identified", "Investigation complete – no suspect identified"],
  [19, "National Fraud Intelligence Bureau filed (fraud only)", "Transferred / other"],
  [20, "Further investigation transferred to another body", "Transferred / other"],
  [
    21,
    "Further investigation not in the public interest (police)",
    "Prosecution prevented or not in public interest",
  ],
  [22, "Diversionary, educational or intervention activity", "Out-of-court (informal)"],
  [23, "Deferred prosecution", "Out-of-court (formal)"],
];

export const OUTCOME_TYPES: readonly OutcomeTypeRef[] = rows.map(([code, description, outcomeGroup]) => ({
  code,
  description,
  positive: POSITIVE_OUTCOME_CODES.includes(code),
  outcomeGroup,
}));

export function isPositiveOutcome(code: number | null | undefined): boolean {
  return code != null && POSITIVE_OUTCOME_CODES.includes(code);
}

export function outcomeTypeRef(code: number): OutcomeTypeRef | undefined {
  return OUTCOME_TYPES[code]?.code === code
    ? OUTCOME_TYPES[code]
    : OUTCOME_TYPES.find((o) => o.code === code);
}
