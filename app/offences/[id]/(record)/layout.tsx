import type { ReactNode } from "react";
import Link from "next/link";
import { OffenceSummaryHeader } from "@/components/offence-record/offence-summary-header";
import { OffenceSubNavigation } from "@/components/offence-record/offence-sub-navigation";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getOffenceSummary } from "@/lib/offences/server/get-offence-summary";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";

// The record's header and section links. Layouts are not rendered again when the user moves between
// sections, so every section page checks the actor and logs its own consultation.

type Props = { children: ReactNode; params: Promise<{ id: string }> };

export default async function OffenceRecordLayout({ children, params }: Props) {
  const actor = await requirePageActor("offences.read");
  const id = routeId((await params).id);
  const summary = await loadOrNotFound(() => getOffenceSummary({ actor, id }));
  return (
    <>
      <Link href="/offences" className="govuk-back-link">
        Back to offences
      </Link>
      <OffenceSummaryHeader summary={summary} />
      <p className="govuk-body app-no-print">
        <Link
          className="govuk-link"
          href={`/offences/${summary.id}/summary`}
          data-testid="print-case-summary"
        >
          Print case summary
        </Link>
      </p>
      <OffenceSubNavigation offenceId={summary.id} />
      {children}
    </>
  );
}
