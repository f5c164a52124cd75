import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndMembershipForm } from "@/components/groups/member-forms.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadGroup } from "@/app/groups/[id]/load-group";

export const metadata: Metadata = { title: "End a membership" };

type Props = { params: Promise<{ id: string; membershipId: string }> };

export default async function EndMembershipPage({ params }: Props) {
  const actor = await requirePageActor("groups.write");
  const { id, membershipId } = await params;
  const group = await loadGroup(actor, id);
  const member = group.members.find((m) => String(m.id) === membershipId);
  if (!member || member.endOn !== null) notFound();
  return (
    <>
      <Link href={`/groups/${group.id}`} className="govuk-back-link">
        Back to {group.name}
      </Link>
      <EndMembershipForm
        groupId={group.id}
        membershipId={member.id}
        version={member.version}
        personName={member.name}
      />
    </>
  );
}
