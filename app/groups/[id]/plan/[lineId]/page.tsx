import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanLineForm } from "@/components/groups/plan-line-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listPlanOwners } from "@/lib/groups/server/list-plan-owners";
import { loadGroup } from "@/app/groups/[id]/load-group";

export const metadata: Metadata = { title: "Change a plan line" };

type Props = { params: Promise<{ id: string; lineId: string }> };

export default async function EditPlanLinePage({ params }: Props) {
  const actor = await requirePageActor("groups.write");
  const { id, lineId } = await params;
  const group = await loadGroup(actor, id);
  const line = group.planLines.find((l) => String(l.id) === lineId);
  if (!line) notFound();
  const owners = await listPlanOwners({ actor });
  return (
    <>
      <Link href={`/groups/${group.id}#plan`} className="govuk-back-link">
        Back to {group.name}
      </Link>
      <PlanLineForm groupId={group.id} groupName={group.name} owners={owners} line={line} />
    </>
  );
}
