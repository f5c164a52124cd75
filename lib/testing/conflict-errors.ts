import { expect } from "vitest";

// Issue 16: a save made from a stale version is refused with CONFLICT, and its field errors show
// the saved values beside the user's. The versioned-write tests read those messages.

/** The field errors of a save refused as a conflict; fails unless `save` was refused with CONFLICT. */
export async function conflictErrors(save: Promise<unknown>): Promise<Record<string, string[]>> {
  const refused = await save.then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toMatchObject({ code: "CONFLICT" });
  return (refused as { fieldErrors: Record<string, string[]> }).fieldErrors;
}
