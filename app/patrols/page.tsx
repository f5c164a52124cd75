import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { WidePage } from "@/components/layout/wide-page";
import { HotspotPeriodTable } from "@/components/patrols/hotspot-period-table";
import { PeriodComparisonTable } from "@/components/patrols/period-comparison-table";
import { describedBy, FieldError, formGroupClass, pageTitle } from "@/components/ui/field-error";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { getPatrolEvaluation } from "@/lib/patrols/server/get-patrol-evaluation";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { Query, SearchParams } from "@/app/search-params";

const MISSING: Record<string, string> = {
  reason: "Enter why you are exporting the evaluation",
  recipients: "Enter who will receive the export",
};
const missingOf = (params: Query) =>
  typeof params.missing === "string" ? params.missing.split(",").filter((m) => m in MISSING) : [];

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Guardian patrols", missingOf(await searchParams).length > 0) };
}

/**
 * The evaluation of Targeted Guardian Patrols (issue 17, seed paragraphs 25-28): per tactical
 * period, treatment against control; per hotspot, dosage against offences; the CSV for the Home
 * Office return (an audited disclosure).
 */
export default async function PatrolsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("patrols.read");
  const params = await searchParams;
  const missing = missingOf(params);
  const periods = await getPatrolEvaluation({ actor });
  const chosen =
    periods.find((p) => String(p.number) === params.period) ??
    periods.find((p) => p.deployment !== null) ??
    periods[0];
  return (
    <WidePage>
      <ErrorSummary errors={missing.map((m) => ({ fieldId: m, message: MISSING[m]! }))} />
      <h1 className="govuk-heading-l">Guardian patrols</h1>
      <p className="govuk-body">
        Targeted Guardian Patrols are deployed at random: for each four-week tactical period some hotspots are
        treatment (patrolled) and some control. SYV offences are scrutiny-category offences with a victim
        under 25, counted by recorded date and placed in a hotspot by their point; knife used counts those
        with the knife flag.
      </p>
      {can(actor, "patrols.record") ? (
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href="/patrols/deployments">
              Record a period&apos;s deployment
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/imports/patrols">
              Import patrol dosage
            </Link>
          </li>
        </ul>
      ) : (
        <LinkParagraph href="/patrols/deployments">Deployments by period</LinkParagraph>
      )}
      <PeriodComparisonTable periods={periods} />

      <h2 className="govuk-heading-m">By hotspot</h2>
      <nav aria-label="Tactical periods">
        <ul className="govuk-list govuk-list--inline" data-testid="period-links">
          {periods.map((p) => (
            <li key={p.number} style={{ display: "inline-block", marginRight: "1em" }}>
              {p.number === chosen?.number ? (
                <strong aria-current="page">P{p.number}</strong>
              ) : (
                <Link className="govuk-link" href={`/patrols?period=${p.number}`}>
                  P{p.number}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {chosen ? (
        <>
          {chosen.deployment ? (
            <p className="govuk-body" data-testid="deployment-note">
              Deployment record {chosen.deployment.id}, {formatDateTime(chosen.deployment.recordedAt)}
              {chosen.deployment.recordedBy ? ` by ${chosen.deployment.recordedBy}` : ""}
              {chosen.deployment.supersedesId
                ? `: a correction superseding record ${chosen.deployment.supersedesId} (${chosen.deployment.reason})`
                : ""}
              .
            </p>
          ) : null}
          <HotspotPeriodTable period={chosen} />
        </>
      ) : null}

      {can(actor, "figures.export") ? (
        <form method="post" action="/patrols/export" noValidate data-testid="patrol-export">
          <h2 className="govuk-heading-m">Download the evaluation (CSV)</h2>
          <p className="govuk-body">
            Both tables for the periods above, for the Home Office return. The download is recorded.
          </p>
          {(["reason", "recipients"] as const).map((name) => {
            const error = missing.includes(name) ? MISSING[name] : undefined;
            return (
              <div className={formGroupClass(Boolean(error))} key={name}>
                <label className="govuk-label" htmlFor={name}>
                  {name === "reason" ? "Why you are exporting it" : "Who will receive it"}
                </label>
                <FieldError fieldId={name} message={error} />
                <input
                  className={`govuk-input${error ? " govuk-input--error" : ""}`}
                  id={name}
                  name={name}
                  type="text"
                  maxLength={500}
                  defaultValue={
                    name === "reason"
                      ? "Home Office return: Targeted Guardian Patrols evaluation"
                      : "Home Office"
                  }
                  aria-describedby={describedBy(name, { error: Boolean(error) })}
                />
              </div>
            );
          })}
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Download CSV
          </button>
        </form>
      ) : null}
    </WidePage>
  );
}
