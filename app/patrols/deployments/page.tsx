import type { Metadata } from "next";
import Link from "next/link";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { DeploymentForm } from "@/components/patrols/deployment-form.deferred";
import { DataTable } from "@/components/ui/data-table";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import { formatDateTime } from "@/lib/dates/format";
import { periodLabel, periodNumbered, periodOf, periodStartingOn } from "@/lib/patrols/periods";
import { listPatrolDeployments } from "@/lib/patrols/server/list-patrol-deployments";
import type { DeploymentRecord } from "@/lib/patrols/types";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Patrol deployments" };

function Lists({ record }: { record: DeploymentRecord }) {
  return (
    <>
      Treatment: {record.treatment.join(", ")}
      <br />
      Control: {record.control.join(", ")}
    </>
  );
}

/**
 * The randomised deployment of each tactical period (issue 17): recorded once, before or during
 * the period; a change is a correction that supersedes the record and says why, both shown here.
 */
export default async function PatrolDeploymentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("patrols.read");
  const params = await searchParams;
  const today = todayInUk();
  const current = periodOf(today)!;
  const periods = Array.from({ length: 9 }, (_, i) => current.number + 2 - i)
    .filter((n) => n >= 1)
    .map(periodNumbered);
  const records = await listPatrolDeployments({ actor, periods });
  const mayRecord = can(actor, "patrols.record");
  const chosen =
    typeof params.period === "string"
      ? periodStartingOn(params.period)
      : (periods.find((p) => p.start >= today) ?? null);
  const chosenRecord = chosen ? (records.get(chosen.start)?.current ?? null) : null;
  return (
    <>
      {params.saved === "1" ? (
        <SuccessBanner message="The deployment is recorded" testId="deployment-saved" />
      ) : null}
      <h1 className="govuk-heading-l">Patrol deployments</h1>
      <LinkParagraph href="/patrols">Back to the evaluation</LinkParagraph>
      <DataTable
        caption="Deployments by tactical period"
        captionSize="m"
        columns={["Period", "Deployment", "Recorded", ""]}
        testId="deployments"
      >
        {periods.map((p) => {
          const entry = records.get(p.start);
          return (
            <tr className="govuk-table__row" key={p.number}>
              <th scope="row" className="govuk-table__header">
                {periodLabel(p)}
              </th>
              <td className="govuk-table__cell">
                {entry?.current ? <Lists record={entry.current} /> : "None recorded"}
                {entry?.superseded.map((s) => (
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" key={s.id}>
                    <del>
                      Record {s.id}: <Lists record={s} />
                    </del>{" "}
                    (superseded)
                  </p>
                ))}
              </td>
              <td className="govuk-table__cell">
                {entry?.current ? (
                  <>
                    Record {entry.current.id}, {formatDateTime(entry.current.recordedAt)}
                    {entry.current.recordedBy ? ` by ${entry.current.recordedBy}` : ""}
                    {entry.current.supersedesId ? (
                      <>
                        <br />
                        Correction of record {entry.current.supersedesId}: {entry.current.reason}
                      </>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td className="govuk-table__cell">
                {mayRecord && (entry?.current || p.end >= today) ? (
                  <Link className="govuk-link" href={`/patrols/deployments?period=${p.start}`}>
                    {entry?.current ? "Correct" : "Record"}
                    <span className="govuk-visually-hidden"> P{p.number}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {mayRecord && chosen ? (
        chosenRecord || chosen.end >= today ? (
          <DeploymentForm
            key={chosen.start}
            periodStart={chosen.start}
            periodLabel={periodLabel(chosen)}
            current={
              chosenRecord ? { treatment: chosenRecord.treatment, control: chosenRecord.control } : null
            }
          />
        ) : (
          <p className="govuk-body">
            {periodLabel(chosen)} has ended: a deployment is fixed before its period, so it cannot be recorded
            now.
          </p>
        )
      ) : null}
    </>
  );
}
