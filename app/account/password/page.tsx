import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangeOwnPasswordForm } from "@/components/users/change-own-password-form.deferred";
import { requireActor } from "@/lib/auth/server/require-actor";
import { mustChangePassword } from "@/lib/auth/server/must-change-password";

export const metadata: Metadata = { title: "Choose your own password" };

/**
 * Where every page sends an account whose password an administrator set (issue 13.14), until its
 * owner replaces it. Anyone else has nothing to do here.
 */
export default async function ChangePasswordPage() {
  const actor = await requireActor({ passwordChange: true });
  if (!(await mustChangePassword(actor.id))) redirect("/");
  return <ChangeOwnPasswordForm />;
}
