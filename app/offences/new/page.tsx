import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { OffenceForm } from "@/components/offence-form/offence-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { emptyOffenceForm } from "@/lib/offences/offence-form-schema";

const TITLE = "Record an offence";
export const metadata: Metadata = { title: TITLE };

export default async function NewOffencePage() {
  await requirePageActor("offences.write");
  return (
    <NarrowPage back={{ href: "/offences", text: "Back to offences" }}>
      <OffenceForm mode="create" title={TITLE} initial={emptyOffenceForm()} />
    </NarrowPage>
  );
}
