import type { Metadata } from "next";
import Link from "next/link";
import { AccessReasonForm } from "@/components/persons/access-reason-form.deferred";
import { CaseSummaryView } from "@/components/offence-record/case-summary-view";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { caseSummaryDocument } from "@/lib/offences/case-summary-document";
import { getCaseSummary } from "@/lib/offences/server/get-case-summary";

export const metadata: Metadata = { title: "Case summary – print view" };

type Props = { params: Promise<{ id: string }> };

/**
 * The whole offence record for paper (issue 18). Printing is a disclosure: the reason is asked
 * first, as for a person record, and every opening of this view is audited with it.
 */
export default async function CaseSummaryPage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const result = await loadOrNotFound(() => getCaseSummary({ actor, offenceId, format: "print" }));
  if (result.status === "reason-required")
    return (
      <AccessReasonForm
        context={result.context}
        caption="Case summary"
        intro="Printing the case summary is a disclosure: it is logged with your reason, and so is each person and intelligence item in it"
      />
    );

  return (
    <div className="app-pack-print">
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href={`/offences/${offenceId}`}>
          Back to the offence record
        </Link>{" "}
        · Print this page from your browser (Ctrl+P).
      </p>
      {/* A POST, as the pack's: a link or a prefetch must not make a disclosure. */}
      <form method="post" action={`/offences/${offenceId}/summary.pdf`} className="app-no-print">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Download PDF
        </button>
      </form>
      <CaseSummaryView document={caseSummaryDocument(result.summary)} />
    </div>
  );
}
