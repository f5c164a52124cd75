import type { Metadata } from "next";
import { OffenceTimeline } from "@/components/offence-record/offence-timeline";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getOffenceTimeline } from "@/lib/timeline/server/get-offence-timeline";
import { loadSection, parseOffenceId } from "@/app/offences/[id]/(record)/load-section";

export const metadata: Metadata = { title: "Offence record – timeline" };

type Props = { params: Promise<{ id: string }> };

export default async function OffenceTimelinePage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = parseOffenceId((await params).id);
  const entries = await loadSection(() => getOffenceTimeline({ actor, offenceId }));
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      <OffenceTimeline entries={entries} />
    </>
  );
}
