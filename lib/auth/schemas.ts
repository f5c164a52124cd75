import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { recordIdSchema } from "@/lib/ids/record-id";
import { ACCESS_REASONS } from "@/lib/auth/access-reasons";

export * from "@/lib/auth/access-reasons";

// Shared by the forms (zodResolver) and the server (actions, next-auth's authorize). Imports nothing
// server-side. Messages follow the GOV.UK error message patterns.

export const signInSchema = z.object({
  email: requiredText(254, "Enter your email address", "Email address").pipe(
    z.email("Enter an email address in the correct format, like name@example.org"),
  ),
  password: z.string().min(1, "Enter your password").max(200, "Password must be 200 characters or fewer"),
});

/** Records a justification can be remembered for (AccessReason.contextType). */
export const ACCESS_CONTEXT_TYPES = ["offence", "person", "intelligence", "meeting", "group"] as const;
export type AccessContextType = (typeof ACCESS_CONTEXT_TYPES)[number];
export type AccessContext = { type: AccessContextType; id: number };

export const accessReasonSchema = z
  .object({
    contextType: z.enum(ACCESS_CONTEXT_TYPES),
    contextId: recordIdSchema,
    reason: z.enum(ACCESS_REASONS, "Select why you need to view this record"),
    details: z.string().trim().max(500, "Details must be 500 characters or fewer").default(""),
  })
  .refine((v) => v.reason !== "Other" || v.details.length > 0, {
    path: ["details"],
    message: "Enter why you need to view this record",
  });
export type AccessReasonInput = z.input<typeof accessReasonSchema>;

/** The text stored and copied onto each consultation row. */
export function accessReasonText(input: { reason: string; details: string }): string {
  if (input.reason === "Other") return input.details;
  return input.details ? `${input.reason}: ${input.details}` : input.reason;
}
