import type { Metadata } from "next";
import { OffenceTimeline } from "@/components/offence-record/offence-timeline";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getOffenceTimeline } from "@/lib/timeline/server/get-offence-timeline";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";

export const metadata: Metadata = { title: "Offence record – timeline" };

type Props = { params: Promise<{ id: string }> };

export default async function OffenceTimelinePage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const entries = await loadOrNotFound(() => getOffenceTimeline({ actor, offenceId }));
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      <OffenceTimeline entries={entries} />
    </>
  );
}
