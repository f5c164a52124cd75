import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_MESSAGES } from "@/lib/errors";
import { actionErrorFrom, fieldErrorsFromZod, formDataToObject } from "./action-result";

describe("actionErrorFrom", () => {
  it("keeps an AppError's code, message and field errors", () => {
    const { error, unexpected } = actionErrorFrom(new AppError("CONFLICT"), "ref");
    expect(unexpected).toBe(false);
    expect(error).toEqual({ code: "CONFLICT", message: ERROR_MESSAGES.CONFLICT });
    expect(
      actionErrorFrom(new AppError("VALIDATION", { fieldErrors: { a: ["x"] } }), "r").error.fieldErrors,
    ).toEqual({ a: ["x"] });
  });

  it("turns a zod failure into VALIDATION with messages by field", () => {
    const result = z
      .object({ name: z.string().max(3, "Too long"), tags: z.array(z.string().min(1, "Empty")) })
      .safeParse({ name: "abcd", tags: [""] });
    const { error } = actionErrorFrom(result.error, "ref");
    expect(error).toEqual({
      code: "VALIDATION",
      message: ERROR_MESSAGES.VALIDATION,
      fieldErrors: { name: ["Too long"], "tags.0": ["Empty"] },
    });
  });

  it("never passes on an unknown error's own message", () => {
    const { error, unexpected } = actionErrorFrom(
      new Error('relation "User" does not exist at /srv/app'),
      "ab12",
    );
    expect(unexpected).toBe(true);
    expect(error).toEqual({ code: "INTERNAL", message: ERROR_MESSAGES.INTERNAL, reference: "ab12" });
    expect(JSON.stringify(error)).not.toContain("relation");
  });
});

describe("fieldErrorsFromZod", () => {
  it("puts form-level issues under _form", () => {
    const result = z
      .string()
      .refine(() => false, "Nope")
      .safeParse("x");
    expect(fieldErrorsFromZod(result.error!)).toEqual({ _form: ["Nope"] });
  });
});

describe("formDataToObject", () => {
  it("collects repeated names and drops Next's action fields", () => {
    const form = new FormData();
    form.append("a", "1");
    form.append("tag", "x");
    form.append("tag", "y");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ a: "1", tag: ["x", "y"] });
  });
});
