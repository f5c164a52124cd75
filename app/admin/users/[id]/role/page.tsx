import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { redirect } from "next/navigation";
import { ChangeRoleForm } from "@/components/users/change-role-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getUserFormOptions } from "@/lib/users/server/get-user-form-options";
import { loadUser } from "@/app/admin/users/[id]/load-user";

const TITLE = "Change role";
export const metadata: Metadata = { title: TITLE };

export default async function ChangeRolePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("users.manage");
  const user = await loadUser(actor, (await params).id);
  // The action refuses it too; this only saves the admin a form they cannot submit.
  if (user.id === actor.id) redirect(`/admin/users/${user.id}`);
  const options = await getUserFormOptions({ actor });
  return (
    <NarrowPage back={{ href: `/admin/users/${user.id}`, text: `Back to ${user.name}` }}>
      <ChangeRoleForm
        user={{
          id: user.id,
          name: user.name,
          version: user.version,
          role: user.role,
          npuId: user.npuId,
          providerId: user.providerId,
        }}
        options={options}
        title={TITLE}
      />
    </NarrowPage>
  );
}
