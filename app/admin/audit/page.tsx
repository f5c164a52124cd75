import type { Metadata } from "next";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { AuditFilter } from "@/components/audit/audit-filter";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { auditSearchHref, parseAuditSearch } from "@/lib/audit/search-filters";
import { AUDIT_COUNT_CAP, searchAuditEvents } from "@/lib/audit-review/server/search-audit-events";
import type { SearchParams } from "@/app/search-params";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { errors } = parseAuditSearch(await searchParams);
  return { title: pageTitle("Audit log", Object.keys(errors).length > 0) };
}

const count = (n: number) => n.toLocaleString("en-GB");

/** Search the s.62 audit log. Each search is itself logged (searchAuditEvents). */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("audit.read");
  const { form, criteria, errors, page } = parseAuditSearch(await searchParams);
  const result = await searchAuditEvents({ actor, criteria, page });
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.events.length - 1;
  const summary = (["from", "to"] as const).flatMap((f) =>
    errors[f] ? [{ fieldId: f, message: errors[f] }] : [],
  );

  return (
    <>
      <AdminSubNavigation role={actor.role} current="audit" />
      <ErrorSummary errors={summary} />
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every collection, alteration, consultation, disclosure, combination and erasure of data, and every
        sign-in and refusal (Data Protection Act 2018, section 62). Your searches are recorded too.
      </p>
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <AuditFilter form={form} errors={errors} />
        </div>
        <div className="moj-filter-layout__content">
          <h2 className="govuk-heading-m" data-testid="audit-count">
            {result.total === 0
              ? "No events match these filters"
              : result.capped
                ? `Showing ${count(first)} to ${count(last)} of more than ${count(AUDIT_COUNT_CAP)} events`
                : `Showing ${count(first)} to ${count(last)} of ${count(result.total)} ${result.total === 1 ? "event" : "events"}`}
          </h2>
          {result.capped ? (
            <p className="govuk-body">
              Narrow the search (a user, a record or dates) to see events beyond these.
            </p>
          ) : null}
          {result.events.length > 0 ? <AuditEventsTable events={result.events} /> : null}
          <Pagination list={result} hrefForPage={(p) => auditSearchHref(form, p)} label="Audit log pages" />
        </div>
      </div>
    </>
  );
}
