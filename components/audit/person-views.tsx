import { formatDateTime } from "@/lib/dates/format";
import type { PersonViewsPage } from "@/lib/audit/audit-views";
import { Pagination } from "@/components/ui/pagination";

// "Who viewed this person" for a person's page (chair and admin). The page loads the views
// (listPersonViews) only for a role with audit.person-views.read and passes them here.

const EVENT_LABELS: Record<string, string> = {
  "person.viewed": "Viewed the person's record",
};

type Props = {
  result: PersonViewsPage;
  /** The URL of another page of views; without it only the newest page is shown. */
  hrefForPage?: (page: number) => string;
  headingLevel?: "h1" | "h2";
};

export function PersonViews({ result, hrefForPage, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  return (
    <section aria-labelledby="person-views-title" data-testid="person-views">
      <Heading
        className={headingLevel === "h1" ? "govuk-heading-l" : "govuk-heading-m"}
        id="person-views-title"
      >
        Who viewed this person
      </Heading>
      <PersonViewsTable result={result} />
      {hrefForPage ? (
        <Pagination
          currentPage={result.page}
          totalPages={result.totalPages}
          hrefForPage={hrefForPage}
          label="Person views pages"
        />
      ) : null}
    </section>
  );
}

export function PersonViewsTable({ result }: { result: PersonViewsPage }) {
  if (result.total === 0) return <p className="govuk-body">Nobody has viewed this person&apos;s record.</p>;
  return (
    <>
      <p className="govuk-body">
        {result.total === 1 ? "1 view" : `${result.total.toLocaleString("en-GB")} views`}, newest first.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Who viewed this person, when and why
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Reason given
            </th>
            <th scope="col" className="govuk-table__header">
              What
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {result.views.map((view) => (
            <tr className="govuk-table__row" key={view.id}>
              <td className="govuk-table__cell">{formatDateTime(view.occurredAt)}</td>
              <td className="govuk-table__cell">{view.actorLabel || "Unknown"}</td>
              <td className="govuk-table__cell govuk-!-text-break-word">
                {view.justification ?? "None recorded"}
              </td>
              <td className="govuk-table__cell">{EVENT_LABELS[view.event] ?? view.event}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
