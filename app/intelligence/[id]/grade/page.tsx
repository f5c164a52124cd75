import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { notFound } from "next/navigation";
import { RegradeForm } from "@/components/intelligence/regrade-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadIntelligenceRecord } from "@/app/intelligence/[id]/load-record";

export const metadata: Metadata = { title: "Re-grade intelligence" };

export default async function RegradePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("intel.grade");
  const record = await loadIntelligenceRecord(actor, (await params).id);
  // intel.grade implies intel.restricted.read, so an analyst always gets the full record.
  if (record.restricted) notFound();
  const { item } = record;
  return (
    <NarrowPage>
      <RegradeForm
        item={{
          id: item.id,
          reference: item.reference,
          version: record.version,
          sourceEvaluation: item.sourceEvaluation,
          assessment: item.assessment,
          handlingCode: item.handlingCode,
          handlingConditions: item.handlingConditions,
        }}
      />
    </NarrowPage>
  );
}
