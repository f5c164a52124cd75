import { describe, expect, it } from "vitest";
import { conflictFieldErrors } from "@/lib/actions/conflict";

describe("conflictFieldErrors", () => {
  it("puts both values on each field that differs, and says who saved", () => {
    const errors = conflictFieldErrors(
      "meeting",
      {
        title: { label: "Title", mine: "Forum A", saved: "Forum B" },
        location: { label: "Location", mine: "HQ", saved: "HQ" },
        deputyId: { label: "Deputy", mine: "", saved: "Ann Demo" },
      },
      { label: "Chris Sampleby", at: "7 Dec 2026 at 2:50am" },
    );
    expect(errors.title).toEqual(["Title was changed: you entered “Forum A”, the saved value is “Forum B”"]);
    expect(errors.deputyId).toEqual([
      "Deputy was changed: you entered “none”, the saved value is “Ann Demo”",
    ]);
    expect(errors.location).toBeUndefined();
    expect(errors._form![0]).toBe(
      "Chris Sampleby saved this meeting at 7 Dec 2026 at 2:50am while you were editing it. 2 fields differ from what you entered. Your values are still in the form: check them and save again to keep them.",
    );
  });
});
