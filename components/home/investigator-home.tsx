import type { MyInvestigation, MyInvestigations } from "@/lib/investigations/types";
import { formatDate } from "@/lib/dates/format";
import type { MyActions as MyActionsDto } from "@/lib/action-items/types";
import { Tag } from "@/components/ui/tag";
import { InvestigationStatusTag } from "@/components/home/status-tags";
import { CaseLink } from "@/components/home/case-link";
import { countOf, PagedHomeTable, type Column } from "@/components/home/home-section";
import { MyActions } from "@/components/home/my-actions";

export const INVESTIGATOR_HOME_TITLE = "My cases";

const columns: Column<MyInvestigation>[] = [
  {
    header: "Crime reference",
    cell: (c) => <CaseLink offenceId={c.offenceId} crimeReference={c.crimeReference} />,
  },
  { header: "Offence", cell: (c) => c.offenceDescription },
  { header: "Recorded", cell: (c) => formatDate(c.recordedOn) },
  { header: "Status", cell: (c) => <InvestigationStatusTag status={c.status} /> },
  {
    header: "Next review",
    cell: (c) =>
      c.nextReviewOn ? (
        <>
          {formatDate(c.nextReviewOn)}
          {c.reviewOverdue ? (
            <>
              <br />
              <Tag colour="red">Review overdue</Tag>
            </>
          ) : null}
        </>
      ) : (
        "Not set"
      ),
  },
];

export type InvestigatorHomeData = { cases: MyInvestigations; myActions: MyActionsDto };

/** The investigator's home: the cases they are officer in charge of, then their actions. */
export function InvestigatorHome({ cases, myActions }: InvestigatorHomeData) {
  return (
    <>
      <h1 className="govuk-heading-xl">{INVESTIGATOR_HOME_TITLE}</h1>
      <section className="govuk-!-margin-bottom-8" aria-label="My open investigations" data-testid="my-cases">
        {cases.total === 0 ? (
          <p className="govuk-body" data-testid="my-cases-empty">
            You have no open investigations.
          </p>
        ) : (
          <>
            <p className="govuk-body" data-testid="my-cases-count">
              You are officer in charge of {countOf(cases.total, "open investigation", "open investigations")}
              .{" "}
              {cases.overdueReviews === 0
                ? "No reviews are overdue."
                : `${countOf(cases.overdueReviews, "review is", "reviews are")} overdue.`}
            </p>
            <PagedHomeTable
              caption="My open investigations, soonest review first"
              columns={columns}
              list={cases}
              label="My cases pages"
            />
          </>
        )}
      </section>
      <MyActions actions={myActions} />
    </>
  );
}
