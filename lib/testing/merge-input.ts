import type { MergePersonsInput } from "@/lib/persons/schemas";

/**
 * mergePersons' input that keeps record `a` (both at version 1, as created) with every field from
 * `a`; `overrides` takes a field from `b` where a test is about that field. Shared by the
 * integration tests and the e2e refusal spec (which posts it to the action), so a new merge field
 * is added in one place.
 */
export function mergeInput(
  a: number,
  b: number,
  overrides: Partial<MergePersonsInput> = {},
): MergePersonsInput {
  return {
    a,
    b,
    versionA: 1,
    versionB: 1,
    survivor: "a",
    surname: "a",
    forenames: "a",
    dateOfBirth: "a",
    gender: "a",
    npuId: "a",
    vulnerable: "a",
    ...overrides,
  };
}
