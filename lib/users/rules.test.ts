import { describe, expect, it } from "vitest";
import { normaliseRoleScope, passwordProblem, roleScopeErrors, ROLE_SCOPE_MESSAGES } from "./rules";

describe("passwordProblem", () => {
  it("accepts 12 to 200 characters and refuses the rest", () => {
    expect(passwordProblem("eleven-char")).toMatch(/12 characters or more/);
    expect(passwordProblem("twelve-chars")).toBeNull();
    expect(passwordProblem("x".repeat(201))).toMatch(/200 characters or fewer/);
    expect(passwordProblem(" padded-password ")).toMatch(/space/);
  });
});

describe("role scope", () => {
  it("needs an NPU for an investigator and a provider for a partner", () => {
    expect(roleScopeErrors({ role: "INVESTIGATOR", npuId: null })).toEqual({
      npuId: ROLE_SCOPE_MESSAGES.npuId,
    });
    expect(roleScopeErrors({ role: "PARTNER", providerId: null })).toEqual({
      providerId: ROLE_SCOPE_MESSAGES.providerId,
    });
    expect(roleScopeErrors({ role: "INVESTIGATOR", npuId: 3 })).toEqual({});
    expect(roleScopeErrors({ role: "CHAIR" })).toEqual({});
  });

  it("drops a scope the role does not use", () => {
    expect(normaliseRoleScope({ role: "ANALYST", npuId: 1, providerId: 2 })).toEqual({
      role: "ANALYST",
      npuId: null,
      providerId: null,
    });
    expect(normaliseRoleScope({ role: "PARTNER", npuId: 1, providerId: 2 })).toEqual({
      role: "PARTNER",
      npuId: null,
      providerId: 2,
    });
    expect(normaliseRoleScope({ role: "INVESTIGATOR", npuId: 1, providerId: 2 })).toEqual({
      role: "INVESTIGATOR",
      npuId: 1,
      providerId: null,
    });
  });
});
