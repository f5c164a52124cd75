/** The yes/no radios' options (the schemas keep "yes" / "no" as text and turn them into booleans). */
export const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;
