import type { ComponentProps } from "react";
import { TextField } from "@/components/forms/fields";
import { PASSWORD_POLICY } from "@/lib/users/rules";

// A password box of the account forms (change your own, an administrator's temporary one). Its
// maxLength is one over the policy's, so a password that is too long reaches the schema's message
// instead of being cut short in silence. A new password's hint states the policy.

type Props = Omit<ComponentProps<typeof TextField>, "type" | "maxLength" | "autoComplete" | "hint"> & {
  /** "new": a password being chosen (the browser may suggest one; the hint gives the rule); "confirm": it again. */
  kind: "current" | "new" | "confirm";
};

export function PasswordField({ kind, ...props }: Props) {
  return (
    <TextField
      {...props}
      hint={kind === "new" ? NEW_PASSWORD_HINT : undefined}
      type="password"
      autoComplete={kind === "current" ? "current-password" : "new-password"}
      maxLength={PASSWORD_POLICY.maxLength + 1}
    />
  );
}

const NEW_PASSWORD_HINT = `At least ${PASSWORD_POLICY.minLength} characters. Three random words work well.`;
