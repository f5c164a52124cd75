import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { SubmitIntelligenceForm } from "@/components/intelligence/submit-intelligence-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listGroupChoices } from "@/lib/intelligence/server/list-group-choices";

export const metadata: Metadata = { title: "Submit intelligence" };

export default async function SubmitIntelligencePage() {
  const actor = await requirePageActor("intel.submit");
  const groups = await listGroupChoices({ actor });
  return (
    <NarrowPage>
      <SubmitIntelligenceForm groups={groups} />
    </NarrowPage>
  );
}
