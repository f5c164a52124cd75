import { formatDateTime } from "@/lib/dates/format";
import type { PersonViewsPage } from "@/lib/audit/audit-views";
import { Pagination } from "@/components/ui/pagination";
import { Cell, DataTable } from "@/components/ui/data-table";

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
      {hrefForPage ? <Pagination list={result} hrefForPage={hrefForPage} label="Person views pages" /> : null}
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
      <DataTable
        caption="Who viewed this person, when and why"
        columns={["When", "Who", "Reason given", "What"]}
      >
        {result.views.map((view) => (
          <tr className="govuk-table__row" key={view.id}>
            <Cell>{formatDateTime(view.occurredAt)}</Cell>
            <Cell>{view.actorLabel || "Unknown"}</Cell>
            <Cell className="govuk-!-text-break-word">{view.justification ?? "None recorded"}</Cell>
            <Cell>{EVENT_LABELS[view.event] ?? view.event}</Cell>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
