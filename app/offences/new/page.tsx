import type { Metadata } from "next";
import Link from "next/link";
import { OffenceForm } from "@/components/offence-form/offence-form";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { emptyOffenceForm } from "@/lib/offences/offence-form-schema";

const TITLE = "Record an offence";
export const metadata: Metadata = { title: TITLE };

export default async function NewOffencePage() {
  await requirePageActor("offences.write");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/offences" className="govuk-back-link">
          Back to offences
        </Link>
        <OffenceForm mode="create" title={TITLE} initial={emptyOffenceForm()} />
      </div>
    </div>
  );
}
