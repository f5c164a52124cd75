import type { Metadata } from "next";
import Link from "next/link";
import { FlagBanners, type FlagBanner } from "@/components/ui/flag-banners";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { PersonViews } from "@/components/audit/person-views";
import { listPersonViews } from "@/lib/audit-review/server/list-person-views";
import { AccessReasonForm } from "@/components/persons/access-reason-form.deferred";
import {
  PersonActions,
  PersonIntelligence,
  PersonOffences,
  PersonReferrals,
} from "@/components/persons/person-sections";
import { UndoMergeButton } from "@/components/persons/undo-merge-button";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatInstantDate } from "@/lib/dates/format";
import { getPersonRecord } from "@/lib/person-record/server/get-person-record";
import { parseOffenceContext, PERSON_FLAG_LABELS } from "@/lib/persons/rules";
import { displayName } from "@/lib/labels/person-name";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Person" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
};

// Where undoing a merge, merging and referring send the user back to.
const BANNERS: FlagBanner[] = [
  { flag: "undone", message: "Merge undone. Both records stand on their own again.", testId: "merge-undone" },
  { flag: "merged", message: "Records merged.", testId: "merge-done" },
  {
    flag: "referred",
    message: "Referral made. The provider's caseworker can now see it.",
    testId: "referral-made",
  },
];

const GENDER_LABELS: Record<string, string> = {
  FEMALE: "Female",
  MALE: "Male",
  OTHER: "Other",
  UNKNOWN: "Not known",
};

export default async function PersonPage({ params, searchParams }: Props) {
  // Partners and administrators are refused here (403): partners see minimal person details only
  // through their referrals.
  const actor = await requirePageActor("persons.read");
  const personId = routeId((await params).id);
  const query = await searchParams;
  const result = await loadOrNotFound(() =>
    getPersonRecord({
      actor,
      personId,
      offenceContextId: parseOffenceContext(query.context),
    }),
  );
  if (result.status === "reason-required") return <AccessReasonForm context={result.context} />;

  const person = result.record;
  const mayMerge = can(actor.role, "persons.write");
  // "Who viewed this person": only for a role that may read it (chair), and read only then.
  const views = can(actor.role, "audit.person-views.read")
    ? await listPersonViews({ actor, personId: person.id, page: 1 })
    : null;
  return (
    <>
      <FlagBanners query={query} banners={BANNERS} />
      <span className="govuk-caption-l">Person</span>
      <h1 className="govuk-heading-l" data-testid="person-name">
        {displayName(person)}
      </h1>
      {person.mergedInto ? (
        <div className="govuk-inset-text" data-testid="merged-into">
          <p className="govuk-body">
            Merged into{" "}
            <Link className="govuk-link" href={`/persons/${person.mergedInto.id}`}>
              {person.mergedInto.name}
            </Link>
            . Its links are on that record.
          </p>
          {mayMerge && person.mergedInto.mergeId ? (
            <UndoMergeButton mergeId={person.mergedInto.mergeId} label="Undo merge" />
          ) : null}
        </div>
      ) : null}
      <p className="govuk-body-s" data-testid="access-justification">
        Your reason for viewing: {person.justification}
      </p>
      <LinkParagraph href={`/network?from=person:${person.id}`}>View network</LinkParagraph>
      {person.flags.length > 0 ? (
        <ul className="govuk-list" aria-label="Flags" data-testid="person-flags">
          {person.flags.map((flag) => (
            <li key={flag} className="govuk-!-display-inline-block govuk-!-margin-right-2">
              <Tag colour={flag === "VULNERABLE" || flag === "UNDER_25" ? "orange" : "red"}>
                {PERSON_FLAG_LABELS[flag]}
              </Tag>
            </li>
          ))}
        </ul>
      ) : null}
      <SummaryList
        rows={[
          { label: "Surname", value: person.surname },
          { label: "Forenames", value: person.forenames || "Not known" },
          {
            label: "Date of birth",
            value: person.dateOfBirth ? formatDate(person.dateOfBirth) : "Not known",
          },
          { label: "Age", value: person.age ?? "Not known" },
          { label: "Gender", value: GENDER_LABELS[person.gender] ?? person.gender },
          { label: "NPU of residence", value: person.npu ?? "Not known" },
        ]}
      />
      <PersonOffences offences={person.offences} />
      {person.intelligence ? <PersonIntelligence intelligence={person.intelligence} /> : null}
      {person.referrals ? <PersonReferrals referrals={person.referrals} /> : null}
      {can(actor.role, "referrals.create") && !person.mergedInto ? (
        <LinkParagraph href={`/referrals/new?person=${person.id}`} testId="refer-person">
          Refer to an intervention
        </LinkParagraph>
      ) : null}
      <PersonActions actions={person.actions} />
      {mayMerge && person.mergedFrom.length > 0 ? (
        <section aria-labelledby="merges-title">
          <h2 className="govuk-heading-m" id="merges-title">
            Merged records
          </h2>
          <ul className="govuk-list" data-testid="merged-from">
            {person.mergedFrom.map((m) => (
              <li key={m.mergeId} className="govuk-!-margin-bottom-4">
                <p className="govuk-body govuk-!-margin-bottom-2">
                  <Link className="govuk-link" href={`/persons/${m.otherId}`}>
                    {m.otherName}
                  </Link>{" "}
                  was merged into this record on {formatInstantDate(m.mergedAt)}.
                </p>
                <UndoMergeButton mergeId={m.mergeId} label={`Undo merge of ${m.otherName}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mayMerge && !person.mergedInto ? (
        <LinkParagraph href={`/persons/merge?a=${person.id}`}>Merge with a duplicate record</LinkParagraph>
      ) : null}
      {views ? <PersonViews result={views} /> : null}
    </>
  );
}
