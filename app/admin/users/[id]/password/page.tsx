import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadUser } from "@/app/admin/users/[id]/load-user";

const TITLE = "Reset password";
export const metadata: Metadata = { title: TITLE };

export default async function ResetPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("users.manage");
  const user = await loadUser(actor, (await params).id);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/admin/users/${user.id}`} className="govuk-back-link">
          Back to {user.name}
        </Link>
        <ResetPasswordForm user={{ id: user.id, name: user.name, version: user.version }} title={TITLE} />
      </div>
    </div>
  );
}
