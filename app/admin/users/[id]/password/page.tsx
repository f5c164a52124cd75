import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { ResetPasswordForm } from "@/components/users/reset-password-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadUser } from "@/app/admin/users/[id]/load-user";

const TITLE = "Reset password";
export const metadata: Metadata = { title: TITLE };

export default async function ResetPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("users.manage");
  const user = await loadUser(actor, (await params).id);
  return (
    <NarrowPage back={{ href: `/admin/users/${user.id}`, text: `Back to ${user.name}` }}>
      <ResetPasswordForm user={{ id: user.id, name: user.name, version: user.version }} title={TITLE} />
    </NarrowPage>
  );
}
