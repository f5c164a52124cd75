// The person forms' roles, merge fields and empty values: what the browser needs of the form, with no zod
// (issue 15: a form page loads zod only when the user starts on it). lib/persons/schemas.ts imports these
// and re-exports them.

import { EMPTY_DAY_PARTS } from "@/lib/dates/day";
import type { CreatePersonValues } from "@/lib/persons/schemas";

export const PERSON_ROLES = ["VICTIM", "SUSPECT", "OFFENDER", "WITNESS", "PERSON_OF_INTEREST"] as const;

/** Fields whose value is chosen from one of the two records when merging. */
export const MERGE_FIELDS = ["surname", "forenames", "dateOfBirth", "gender", "npuId", "vulnerable"] as const;

export function emptyCreatePerson(
  offenceId: number,
  prefill: Partial<CreatePersonValues> = {},
): CreatePersonValues {
  return {
    offenceId,
    role: "" as never,
    surname: "",
    forenames: "",
    dateOfBirth: EMPTY_DAY_PARTS,
    gender: "" as never,
    npu: "",
    vulnerable: "no",
    ...prefill,
  };
}
