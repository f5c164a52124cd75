/** The yes/no radios' options (the schemas keep "yes" / "no" as text and turn them into booleans). */
export const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** `{ id, name }` rows (officers, NPUs, providers) as a select's options, the id as text. */
export const idNameOptions = (rows: readonly { id: number; name: string }[]) =>
  rows.map((row) => ({ value: String(row.id), label: row.name }));
