import type { Metadata } from "next";
import Link from "next/link";
import { LinkOffenceForm } from "@/components/groups/link-offence-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadGroup } from "@/app/groups/[id]/load-group";

export const metadata: Metadata = { title: "Link an offence" };

export default async function LinkOffencePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("groups.write");
  const group = await loadGroup(actor, (await params).id);
  return (
    <>
      <Link href={`/groups/${group.id}#offences`} className="govuk-back-link">
        Back to {group.name}
      </Link>
      <LinkOffenceForm groupId={group.id} groupName={group.name} />
    </>
  );
}
