import type { Metadata } from "next";
import Link from "next/link";
import { EngagementForms } from "@/components/hotspots/engagement-forms";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import { getEngagementPlan } from "@/lib/hotspots/server/get-engagement-plan";
import { getHotspot } from "@/lib/hotspots/server/get-hotspot";
import { listEngagementOwners } from "@/lib/hotspots/server/list-engagement-owners";
import { loadRoute } from "@/lib/ids/route-id";

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: "Community engagement plan" };

/**
 * Keeping a hotspot's community engagement plan (issue 17, seed paragraph 30): the plan and its
 * forms (create, entries, stakeholders, owner and aims) for those who keep it (engagement.write).
 * A page of its own, so the forms' JavaScript stays off the hotspot page with its map.
 */
export default async function EngagementPage({ params }: { params: Params }) {
  const actor = await requirePageActor("engagement.write");
  const today = todayInUk();
  const hotspot = await loadRoute((await params).id, (id) => getHotspot({ actor, id, asAt: today }));
  const [plan, owners] = await Promise.all([
    getEngagementPlan({ actor, hotspotId: hotspot.id }),
    listEngagementOwners({ actor }),
  ]);
  return (
    <>
      <Link className="govuk-back-link" href={`/hotspots/${hotspot.id}#engagement`}>
        {hotspot.code} {hotspot.name}
      </Link>
      <span className="govuk-caption-l">
        {hotspot.code} {hotspot.name}
      </span>
      <h1 className="govuk-heading-l">Community engagement plan</h1>
      <EngagementForms hotspotId={hotspot.id} plan={plan} owners={owners} today={today} />
    </>
  );
}
