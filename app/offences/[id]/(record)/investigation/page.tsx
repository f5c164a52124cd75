import type { Metadata } from "next";
import { InvestigationStatusTag } from "@/components/home/status-tags";
import { SummaryList } from "@/components/ui/summary-list";
import { InvestigationForm } from "@/components/investigations/investigation-form.deferred";
import { AddUpdateForm } from "@/components/investigations/add-update-form.deferred";
import { ReassignForm } from "@/components/investigations/reassign-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { getInvestigation } from "@/lib/investigations/server/get-investigation";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";

const TITLE = "Offence record – investigation";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }> };

const date = (value: Date | null) => (value ? formatDate(value) : "Not set");

export default async function OffenceInvestigationPage({ params }: Props) {
  const actor = await requirePageActor("investigations.read");
  const offenceId = routeId((await params).id);
  const inv = await loadOrNotFound(() => getInvestigation({ actor, offenceId }));
  if (!inv) {
    return (
      <>
        <h2 className="govuk-heading-m">Investigation</h2>
        <p className="govuk-body">No investigation has been opened for this offence.</p>
      </>
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m">Investigation</h2>
      <SummaryList
        className="govuk-!-margin-bottom-8"
        rows={[
          { label: "Officer in charge", value: inv.oicName ?? "Not assigned" },
          { label: "Status", value: <InvestigationStatusTag status={inv.status} /> },
          {
            label: "Outcome",
            value:
              inv.outcomeCode === null
                ? "None recorded"
                : `${inv.outcomeCode} – ${inv.outcomeDescription ?? ""}`,
          },
          { label: "Outcome date", value: date(inv.outcomeOn) },
          { label: "Charge date", value: date(inv.chargedOn) },
          { label: "Knife recovered", value: inv.knifeRecovered ? "Yes" : "No" },
          { label: "Next review date", value: date(inv.nextReviewOn) },
          {
            label: "Flagged for scrutiny",
            value: inv.flaggedForScrutiny
              ? `Yes${inv.flaggedAt ? ` (${formatDate(inv.flaggedAt)})` : ""}: ${inv.scrutinyReason ?? ""}`
              : "No",
          },
        ]}
      />
      {inv.canEdit ? <InvestigationForm investigation={inv} title={TITLE} /> : null}
      {!inv.canEdit && !inv.canReassign ? (
        <p className="govuk-inset-text" data-testid="read-only-note">
          Only the officer in charge can change this investigation.
        </p>
      ) : null}
      {inv.canReassign ? (
        <>
          <h3 className="govuk-heading-m">Reassign the officer in charge</h3>
          <ReassignForm
            investigationId={inv.id}
            version={inv.version}
            oicId={inv.oicId}
            options={inv.oicOptions}
          />
        </>
      ) : null}
      <h3 className="govuk-heading-m">Lines of enquiry</h3>
      {inv.canEdit ? <AddUpdateForm investigationId={inv.id} /> : null}
      {inv.updates.length === 0 ? <p className="govuk-body">No updates yet.</p> : null}
      <ol className="govuk-list" data-testid="investigation-updates" reversed>
        {inv.updates.map((u) => (
          <li key={u.id} className="govuk-!-margin-bottom-4">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{u.authorName}</strong>, {formatDateTime(u.createdAt)}
            </p>
            <p className="govuk-body">{u.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
