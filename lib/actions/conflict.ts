import type { FieldErrors } from "@/lib/errors";
import type { SavedBy } from "@/lib/audit/saved-by";

// What a refused second editor is told (optimistic concurrency), for every editable record: for
// each field where what they typed differs from what is now saved, both values, on that field; and
// a form-level line saying who saved, when, and that their values are still in the form. Pure and
// client-safe; the data functions describe the values as the user reads them (names, dates).

/** `differs` when the values compare otherwise than as text (a date, an owner's id); else mine ≠ saved. */
export type ConflictValue = { label: string; mine: string; saved: string; differs?: boolean };

export function conflictFieldErrors(
  record: string,
  fields: Record<string, ConflictValue>,
  savedBy: SavedBy,
): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, { label, mine, saved, differs }] of Object.entries(fields)) {
    if (!(differs ?? mine !== saved)) continue;
    out[field] = [
      `${label} was changed: you entered “${mine || "none"}”, the saved value is “${saved || "none"}”`,
    ];
  }
  const count = Object.keys(out).length;
  const who = savedBy
    ? `${savedBy.label} saved this ${record} at ${savedBy.at}`
    : `Someone else saved this ${record}`;
  const what =
    count === 0
      ? "Your values match theirs."
      : `${count === 1 ? "1 field differs" : `${count} fields differ`} from what you entered.`;
  return {
    _form: [
      `${who} while you were editing it. ${what} Your values are still in the form: check them and save again to keep them.`,
    ],
    ...out,
  };
}
