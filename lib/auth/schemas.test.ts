import { describe, expect, it } from "vitest";
import { accessReasonSchema, accessReasonText, signInSchema } from "./schemas";

describe("signInSchema", () => {
  it("trims the email and requires both fields", () => {
    expect(signInSchema.parse({ email: " a@b.example ", password: "p" })).toEqual({
      email: "a@b.example",
      password: "p",
    });
    const r = signInSchema.safeParse({ email: "", password: "" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "Enter your email address",
      "Enter your password",
    ]);
  });
  it("refuses a malformed or over-long email and an over-long password", () => {
    expect(signInSchema.safeParse({ email: "nope", password: "p" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: `${"a".repeat(250)}@b.example`, password: "p" }).success).toBe(
      false,
    );
    expect(signInSchema.safeParse({ email: "a@b.example", password: "p".repeat(201) }).success).toBe(false);
  });
});

describe("accessReasonSchema", () => {
  it("needs details only for 'Other'", () => {
    const base = { contextType: "person", contextId: "12" } as const;
    expect(accessReasonSchema.safeParse({ ...base, reason: "Other" }).success).toBe(false);
    const ok = accessReasonSchema.parse({ ...base, reason: "Other", details: " Court file " });
    expect(accessReasonText(ok)).toBe("Court file");
    const preset = accessReasonSchema.parse({ ...base, reason: "Safeguarding or risk assessment" });
    expect(preset.contextId).toBe(12);
    expect(accessReasonText(preset)).toBe("Safeguarding or risk assessment");
  });
});
