import { describe, expect, it } from "vitest";
import { dataFunctions, untestedDataFunctions } from "./list-untested-data-functions";

// Issue 19: every data function that scopes rows by actor has an integration test that reaches it.
// A new list or record read without one fails here, naming the file.

describe("list-untested-data-functions", () => {
  it("finds the data functions and knows the row-scoping reads", () => {
    const scoping = dataFunctions()
      .filter((f) => f.scoping)
      .map((f) => f.file);
    expect(scoping).toEqual(
      expect.arrayContaining([
        "lib/action-items/server/list-actions.ts",
        "lib/notifications/server/list-notifications.ts",
        "lib/referrals/server/list-provider-referrals.ts",
      ]),
    );
    expect(scoping).not.toContain("lib/action-items/server/raise-action.ts");
  });

  it("leaves no row-scoping read without an integration test", () => {
    expect(untestedDataFunctions().filter((f) => f.scoping)).toEqual([]);
  });
});
