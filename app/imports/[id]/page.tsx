import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportCountsTable } from "@/components/imports/import-counts";
import { ImportDuplicates } from "@/components/imports/import-duplicates";
import { ImportProgress } from "@/components/imports/import-progress";
import { ImportStatusTag } from "@/components/imports/import-run-list";
import { ProblemTable } from "@/components/imports/problem-table";
import { StartImportButtons } from "@/components/imports/start-import-buttons";
import { Pagination } from "@/components/ui/pagination";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { pageParam } from "@/lib/pagination";
import { can } from "@/lib/auth/permissions";
import { getImportRun } from "@/lib/imports/server/get-import-run";
import { listImportDuplicates } from "@/lib/imports/server/list-import-duplicates";
import type { ImportRunDetail } from "@/lib/imports/import-run-dto";
import { routeId } from "@/lib/ids/route-id";
import type { SearchParams } from "@/app/search-params";

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: "Import" };

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * One import: its progress while checking or importing (polled), then the dry run's counts and
 * every problem with its line, column and reason, and the choice to import.
 */
export default async function ImportRunPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const actor = await requirePageActor("imports.run");
  const runId = routeId((await params).id);
  const query = await searchParams;
  const run = await getImportRun({ actor, runId, page: pageParam.parse(query.page) });
  if (!run) notFound();
  // New persons are offered for merge once they are recorded, a page at a time (find-before-create).
  const checkPersons =
    run.status === "COMPLETED" && (run.counts?.persons.new ?? 0) > 0 && can(actor, "persons.read");
  const duplicates = checkPersons
    ? await listImportDuplicates({ actor, runId, page: pageParam.parse(query.dpage) })
    : null;
  const busy = run.status === "VALIDATING" || run.status === "IMPORTING";
  const rejected = run.counts ? run.counts.offences.invalid + run.counts.persons.invalid : 0;

  return (
    <>
      <Link className="govuk-back-link" href="/imports">
        Back to imports
      </Link>
      <h1 className="govuk-heading-l">Import {run.id}</h1>
      <SummaryList
        rows={[
          { label: "Status", value: <ImportStatusTag status={run.status} /> },
          { label: "Files", value: [run.offencesFile, run.personsFile].filter(Boolean).join(", ") },
          {
            label: "Started",
            value: `${formatDateTime(run.createdAt)} by ${run.startedBy ?? "the nightly import"}`,
          },
          ...(run.finishedAt ? [{ label: "Finished", value: formatDateTime(run.finishedAt) }] : []),
        ]}
      />
      {busy ? (
        <ImportProgress
          label={run.status === "VALIDATING" ? "Checking the files" : "Importing"}
          done={run.rowsDone}
          total={run.status === "IMPORTING" ? run.rowsTotal : 0}
        />
      ) : null}
      {run.status === "VALIDATED" ? <Checked run={run} /> : null}
      {run.status === "COMPLETED" ? (
        <div className="govuk-panel govuk-panel--confirmation" data-testid="import-completed">
          <h2 className="govuk-panel__title">Import complete</h2>
          <div className="govuk-panel__body">
            {run.counts
              ? `${count(run.counts.offences.new + run.counts.offences.changed, "offence", "offences")} and ${count(run.counts.persons.new + run.counts.persons.changed, "person", "persons")} added or updated`
              : null}
          </div>
        </div>
      ) : null}
      {run.status === "FAILED" ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Nothing was imported. Fix the problems below and{" "}
            <Link className="govuk-link" href="/imports">
              upload the files again
            </Link>
            .
          </strong>
        </div>
      ) : null}
      {run.counts && run.status !== "VALIDATED" ? (
        <ImportCountsTable
          counts={run.counts}
          caption={run.status === "COMPLETED" ? "What was imported" : "What the files hold"}
        />
      ) : null}
      {run.problemsTotal > 0 ? (
        <>
          <ProblemTable
            problems={run.problems}
            caption={`Problems (${run.problemsTotal.toLocaleString("en-GB")})`}
          />
          <Pagination
            list={run}
            hrefForPage={(p) => `/imports/${run.id}?page=${p}`}
            label="Pages of problems"
          />
        </>
      ) : null}
      {rejected > 0 && !busy ? <RejectedDownloads run={run} /> : null}
      {duplicates && duplicates.total > 0 ? (
        <>
          <ImportDuplicates
            persons={duplicates.items}
            total={duplicates.total}
            mayMerge={can(actor, "persons.write")}
          />
          <Pagination
            list={duplicates}
            hrefForPage={(p) => `/imports/${run.id}?dpage=${p}`}
            label="Pages of new persons"
          />
        </>
      ) : null}
    </>
  );
}

function Checked({ run }: { run: ImportRunDetail }) {
  const problems = run.problemsTotal > 0;
  return (
    <>
      {run.counts ? (
        <ImportCountsTable counts={run.counts} caption="Dry run: what importing would do" />
      ) : null}
      {problems ? (
        <div className="govuk-inset-text" data-testid="import-has-problems">
          {run.problemsTotal.toLocaleString("en-GB")}{" "}
          {run.problemsTotal === 1 ? "problem was" : "problems were"} found. Nothing is imported until every
          row is valid: fix the {run.counts?.unreadable.length ? "files" : "rows"} and{" "}
          <Link className="govuk-link" href="/imports">
            upload the files again
          </Link>
          {run.counts?.unreadable.length
            ? "."
            : ", or import the valid rows only and download the rejected rows to fix later."}
        </div>
      ) : (
        <p className="govuk-body">Every row is valid. Nothing has been imported yet.</p>
      )}
      {run.counts && run.counts.unreadable.length === 0 ? (
        <StartImportButtons runId={run.id} hasProblems={problems} />
      ) : null}
    </>
  );
}

function RejectedDownloads({ run }: { run: ImportRunDetail }) {
  const files = (["offences", "persons"] as const).filter((kind) => (run.counts?.[kind].invalid ?? 0) > 0);
  return (
    <>
      <h2 className="govuk-heading-m">Rejected rows</h2>
      <p className="govuk-body">
        Each file holds the rejected rows with their line and problems. Correct them and upload the file
        again.
      </p>
      {files.map((kind) => (
        <form key={kind} method="post" action={`/imports/${run.id}/rejected`}>
          <input type="hidden" name="kind" value={kind} />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Download rejected {kind} rows (CSV)
          </button>
        </form>
      ))}
    </>
  );
}
