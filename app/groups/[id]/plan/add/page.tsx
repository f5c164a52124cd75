import type { Metadata } from "next";
import Link from "next/link";
import { PlanLineForm } from "@/components/groups/plan-line-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listPlanOwners } from "@/lib/groups/server/list-plan-owners";
import { loadGroup } from "@/app/groups/[id]/load-group";

export const metadata: Metadata = { title: "Add a plan line" };

export default async function AddPlanLinePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("groups.write");
  const group = await loadGroup(actor, (await params).id);
  const owners = await listPlanOwners({ actor });
  return (
    <>
      <Link href={`/groups/${group.id}#plan`} className="govuk-back-link">
        Back to {group.name}
      </Link>
      <PlanLineForm groupId={group.id} groupName={group.name} owners={owners} />
    </>
  );
}
