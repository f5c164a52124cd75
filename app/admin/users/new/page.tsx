import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { CreateUserForm } from "@/components/users/create-user-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getUserFormOptions } from "@/lib/users/server/get-user-form-options";

const TITLE = "Add a user";
export const metadata: Metadata = { title: TITLE };

export default async function NewUserPage() {
  const actor = await requirePageActor("users.manage");
  const options = await getUserFormOptions({ actor });
  return (
    <NarrowPage back={{ href: "/admin/users", text: "Back to users" }}>
      <CreateUserForm options={options} title={TITLE} />
      <p className="govuk-body">
        New users have no password. They sign in by single sign-on, or you set a temporary password from their
        page.
      </p>
    </NarrowPage>
  );
}
