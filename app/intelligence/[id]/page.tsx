import type { Metadata } from "next";
import Link from "next/link";
import { FlagBanners, type FlagBanner } from "@/components/ui/flag-banners";
import { IntelLinkEditor } from "@/components/intelligence/intel-link-editor";
import { GradingHistory, IntelLinks, IntelSummary } from "@/components/intelligence/intel-record-view";
import { RestrictedMarker } from "@/components/intelligence/restricted-marker";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listGroupChoices } from "@/lib/intelligence/server/list-group-choices";
import { loadIntelligenceRecord } from "@/app/intelligence/[id]/load-record";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Intelligence item" };

// Where the submit form and the grading form send the user back to (the restricted view has no grading).
const BANNERS: FlagBanner[] = [
  { flag: "submitted", message: "Intelligence submitted.", testId: "intel-submitted" },
  {
    flag: "graded",
    message: "Grading changed. The previous grading is kept in the history.",
    testId: "intel-graded",
  },
];

type Props = {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
};

/** One item, opened (a logged consultation). An investigator opening a C-coded item sees the marker only. */
export default async function IntelligenceRecordPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("intel.read");
  const record = await loadIntelligenceRecord(actor, (await params).id);
  const query = await searchParams;
  const back = (
    <Link className="govuk-back-link" href="/intelligence">
      Back to intelligence
    </Link>
  );

  if (record.restricted) {
    return (
      <>
        {back}
        <FlagBanners query={query} banners={BANNERS.slice(0, 1)} />
        <span className="govuk-caption-l">Intelligence</span>
        <h1 className="govuk-heading-l">Restricted intelligence item</h1>
        <RestrictedMarker item={record.item} />
        <h2 className="govuk-heading-m">Who to ask</h2>
        <p className="govuk-body" data-testid="who-to-ask">
          Ask the analyst team, or the officer who submitted it: {record.item.submittedBy} (
          {record.submittedByRole}). They can tell you what may be shared with you under its handling
          conditions.
        </p>
      </>
    );
  }

  const { item } = record;
  const mayLink = can(actor.role, "intel.write");
  const groupChoices = mayLink ? await listGroupChoices({ actor }) : [];
  return (
    <>
      {back}
      <FlagBanners query={query} banners={BANNERS} />
      <span className="govuk-caption-l">Intelligence</span>
      <h1 className="govuk-heading-l" data-testid="intel-reference">
        {item.reference}
      </h1>
      <IntelSummary
        item={item}
        reviewOn={record.reviewOn}
        gradeHref={can(actor.role, "intel.grade") ? `/intelligence/${item.id}/grade` : null}
      />
      <section aria-labelledby="links-title">
        <h2 className="govuk-heading-m" id="links-title">
          Linked records
        </h2>
        {mayLink ? (
          <IntelLinkEditor
            itemId={item.id}
            persons={record.persons}
            offences={record.offences}
            groups={record.groups}
            groupChoices={groupChoices}
          />
        ) : (
          <IntelLinks persons={record.persons} offences={record.offences} groups={record.groups} />
        )}
      </section>
      <GradingHistory rows={record.history} />
    </>
  );
}
