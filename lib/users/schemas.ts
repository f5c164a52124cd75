import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { PASSWORD_POLICY, passwordProblem, roleScopeErrors } from "@/lib/users/rules";
import { recordIdSchema as recordId, recordVersionSchema } from "@/lib/ids/record-id";
import { requiredText } from "@/lib/text/required-text";
import { optionalChoice } from "@/lib/text/optional-choice";

// Shared by the admin forms (zodResolver) and the actions. Client-safe: imports nothing server-side.
// Form fields are strings (a select's value is a string), so each schema's input is exactly what
// the form holds and the action receives; the output has the numbers and nulls the data layer wants.

const positiveId = (text: string) =>
  Number.isInteger(Number(text)) && Number(text) > 0 ? Number(text) : null;
/** A select's value: "" for none, else a positive integer id. */
const optionalId = optionalChoice(12, positiveId, "Select an option from the list");

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.org"));

/** Role plus the NPU or provider it needs; refined below so every schema using it checks the pairing. */
const roleFields = {
  role: z.enum(ROLES, "Select a role"),
  npuId: optionalId,
  providerId: optionalId,
};

function checkRoleScope(
  value: { role?: unknown; npuId: number | null; providerId: number | null },
  ctx: z.RefinementCtx,
) {
  const role = typeof value.role === "string" ? (value.role as (typeof ROLES)[number]) : undefined;
  for (const [path, message] of Object.entries(
    roleScopeErrors({ role, npuId: value.npuId, providerId: value.providerId }),
  )) {
    ctx.addIssue({ code: "custom", path: [path], message });
  }
}

export const createUserSchema = z
  .object({
    name: requiredText(120, "Enter the user's full name", "Full name"),
    email: emailField,
    jobTitle: z.string().trim().max(120, "Job title must be 120 characters or fewer"),
    ...roleFields,
  })
  .superRefine(checkRoleScope);
export type CreateUserFormValues = z.input<typeof createUserSchema>;
export type CreateUserInput = z.output<typeof createUserSchema>;

export const roleChangeSchema = z.object(roleFields).superRefine(checkRoleScope);
export type RoleChangeFormValues = z.input<typeof roleChangeSchema>;

/** The record an account action applies to and the version the admin saw (optimistic concurrency). */
export const userVersionSchema = recordVersionSchema;
export type UserVersionInput = z.output<typeof userVersionSchema>;

export const changeUserRoleSchema = userVersionSchema.extend(roleFields).superRefine(checkRoleScope);
export type ChangeUserRoleInput = z.output<typeof changeUserRoleSchema>;

export const PASSWORD_METHODS = ["generate", "set"] as const;

const passwordFields = {
  method: z.enum(PASSWORD_METHODS, "Select how to create the temporary password"),
  password: z
    .string()
    .max(PASSWORD_POLICY.maxLength + 1, `Password must be ${PASSWORD_POLICY.maxLength} characters or fewer`),
};

function checkPassword(value: { method?: unknown; password: string }, ctx: z.RefinementCtx) {
  if (value.method !== "set") return;
  const problem = value.password === "" ? "Enter a temporary password" : passwordProblem(value.password);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
}

export const passwordResetSchema = z.object(passwordFields).superRefine(checkPassword);
export type PasswordResetFormValues = z.input<typeof passwordResetSchema>;

export const resetUserPasswordSchema = userVersionSchema.extend(passwordFields).superRefine(checkPassword);
export type ResetUserPasswordInput = z.output<typeof resetUserPasswordSchema>;

export const USER_STATUSES = ["active", "disabled"] as const;

/** The users list's URL state. Bad values fall back to "no filter" rather than an error page. */
export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

/** The second person's decision on a pending account change (issue 13.14). */
export const decideAccountChangeSchema = z.object({ id: recordId, decision: z.enum(["approve", "refuse"]) });
export type DecideAccountChangeInput = z.output<typeof decideAccountChangeSchema>;

/** The owner replaces an administrator-set password (issue 13.14). */
export const changeOwnPasswordSchema = z
  .object({
    current: z
      .string()
      .min(1, "Enter your current password")
      .max(PASSWORD_POLICY.maxLength + 1),
    password: z
      .string()
      .max(
        PASSWORD_POLICY.maxLength + 1,
        `Password must be ${PASSWORD_POLICY.maxLength} characters or fewer`,
      ),
    confirm: z.string().max(PASSWORD_POLICY.maxLength + 1),
  })
  .superRefine((value, ctx) => {
    const problem = value.password === "" ? "Enter a new password" : passwordProblem(value.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password === value.current)
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Choose a password different from the temporary one",
      });
    if (value.confirm !== value.password)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "Enter the same new password twice" });
  });
export type ChangeOwnPasswordFormValues = z.input<typeof changeOwnPasswordSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;
