/** The yes/no radios' options (the schemas keep "yes" / "no" as text and turn them into booleans). */
export const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** `{ id, name }` rows (officers, NPUs, providers) as a select's options, the id as text. */
export const idNameOptions = (rows: readonly { id: number; name: string }[]) =>
  rows.map((row) => ({ value: String(row.id), label: row.name }));

/** An enum's values, in the order given, as options with the words of its label map (lib/labels). */
export const labelledOptions = <V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
) => values.map((value) => ({ value, label: labels[value] }));
