import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  it("keeps the cause at the end of a Prisma-style message, with its code", () => {
    const error = Object.assign(
      new Error(
        "\nInvalid `db.offence.count()` invocation in\n/app/x.ts:1:1\n\nThe table `public.Offence` does not exist.",
      ),
      { code: "P2021" },
    );
    expect(describeError(error)).toBe("P2021: The table `public.Offence` does not exist.");
  });

  it("handles non-errors", () => {
    expect(describeError("boom")).toBe("boom");
    expect(describeError(new Error(""))).toBe("unknown error");
  });
});
