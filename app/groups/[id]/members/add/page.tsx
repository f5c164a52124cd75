import type { Metadata } from "next";
import Link from "next/link";
import { AddMemberForm } from "@/components/groups/member-forms.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadGroup } from "@/app/groups/[id]/load-group";

export const metadata: Metadata = { title: "Add a member" };

export default async function AddMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("groups.write");
  const group = await loadGroup(actor, (await params).id);
  return (
    <>
      <Link href={`/groups/${group.id}`} className="govuk-back-link">
        Back to {group.name}
      </Link>
      <AddMemberForm groupId={group.id} groupName={group.name} />
    </>
  );
}
