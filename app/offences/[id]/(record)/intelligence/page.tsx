import type { Metadata } from "next";
import { LinkedIntelligence } from "@/components/intelligence/linked-intelligence";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getOffenceIntelligence } from "@/lib/offences/server/get-offence-intelligence";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";

export const metadata: Metadata = { title: "Offence record – intelligence" };

type Props = { params: Promise<{ id: string }> };

export default async function OffenceIntelligencePage({ params }: Props) {
  const actor = await requirePageActor("intel.read");
  const offenceId = routeId((await params).id);
  const { items, restricted } = await loadOrNotFound(() => getOffenceIntelligence({ actor, offenceId }));

  return (
    <>
      <h2 className="govuk-heading-m">Intelligence</h2>
      <LinkedIntelligence
        items={items}
        restricted={restricted}
        empty="No intelligence is linked to this offence."
        testId="offence-intelligence"
      />
    </>
  );
}
