import type { Role } from "@/lib/enums";

// Account rules shared by the admin forms (through schemas.ts) and the data functions, which
// apply them again: a data function may be reached without the form. Pure and client-safe.

/**
 * NCSC password guidance: length, not composition rules. Twelve characters admits three random
 * words; 200 bounds the argon2 input. The temporary passwords the service generates meet it too.
 */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 200 } as const;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_POLICY.minLength)
    return `Password must be ${PASSWORD_POLICY.minLength} characters or more`;
  if (password.length > PASSWORD_POLICY.maxLength)
    return `Password must be ${PASSWORD_POLICY.maxLength} characters or fewer`;
  if (password.trim().length !== password.length) return "Password must not start or end with a space";
  return null;
}

export const ROLE_SCOPE_MESSAGES = {
  npuId: "Select the investigator's neighbourhood policing unit",
  providerId: "Select the partner's intervention provider",
} as const;

export type RoleScope = { role: Role; npuId: number | null; providerId: number | null };

/**
 * An investigator works in one NPU (their team's cases); a partner works for one provider (only
 * its referrals). Those are the only roles scoped that way: anything else given is dropped, so
 * a chair can never carry a stale NPU that a later row rule might read.
 */
export function normaliseRoleScope(scope: RoleScope): RoleScope {
  return {
    role: scope.role,
    npuId: scope.role === "INVESTIGATOR" ? scope.npuId : null,
    providerId: scope.role === "PARTNER" ? scope.providerId : null,
  };
}

/** Field errors for a role without the scope it needs; empty when the scope is complete. */
export function roleScopeErrors(scope: Partial<RoleScope>): Partial<Record<"npuId" | "providerId", string>> {
  if (scope.role === "INVESTIGATOR" && !scope.npuId) return { npuId: ROLE_SCOPE_MESSAGES.npuId };
  if (scope.role === "PARTNER" && !scope.providerId) return { providerId: ROLE_SCOPE_MESSAGES.providerId };
  return {};
}

/**
 * Roles that open case data (docs/domain.md). Granting one, or setting a password on an account that
 * has one, needs a second person's approval (issue 13.14): an administrator has no case data.
 */
export const CASE_ROLES = ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const satisfies readonly Role[];

export function isCaseRole(role: Role): boolean {
  return (CASE_ROLES as readonly Role[]).includes(role);
}

export const USER_RULE_MESSAGES = {
  emailTaken: "A user with this email address already exists",
  selfDisable: "You cannot disable your own account. Ask another administrator.",
  selfRoleChange: "You cannot change your own role. Ask another administrator.",
  pendingChange: "A change of this kind to this account is already waiting for approval.",
  ownRequest: "You asked for this change, so someone else must approve it.",
  ownAccount: "This change is to your own account, so someone else must approve it.",
  lastAdmin:
    "There must always be at least one active administrator. Give another user the administrator role first.",
} as const;
