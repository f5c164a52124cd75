import type { Metadata } from "next";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckedUploadReport, UploadAndCheckForm } from "@/components/ui/checked-upload";
import { FileUpload } from "@/components/forms/file-upload";
import { pageTitle } from "@/components/ui/field-error";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { MAX_PATROL_MINUTES } from "@/lib/patrols/check-patrol-file";
import { PATROL_TYPES } from "@/lib/patrols/patrol-types";
import { getPatrolImport } from "@/lib/patrols/server/get-patrol-import";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { Query, SearchParams } from "@/app/search-params";

const UPLOAD_ERRORS: Record<string, string> = {
  "no-file": "Select the geofencing extract (a CSV file)",
  empty: "The selected file is empty",
  "too-large": "The file must be 10 MB or smaller",
};
const errorOf = (params: Query) =>
  typeof params.error === "string" ? (UPLOAD_ERRORS[params.error] ?? null) : null;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Import patrol dosage", errorOf(await searchParams) !== null) };
}

/**
 * The geofencing extract of Targeted Guardian Patrols (issue 17): checked first (every problem with
 * its line), then imported all or nothing. A repeated file changes nothing.
 */
export default async function PatrolImportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("patrols.record");
  const params = await searchParams;
  const message = errorOf(params);
  const runId = Number(params.run);
  const run = Number.isInteger(runId) && runId > 0 ? await getPatrolImport({ actor, runId }) : null;
  const c = run?.counts;
  return (
    <>
      <ErrorSummary errors={message ? [{ fieldId: "patrols", message }] : []} />
      <h1 className="govuk-heading-l">Import patrol dosage</h1>
      {run && c ? (
        <CheckedUploadReport
          name="patrol"
          imported={run.status === "COMPLETED"}
          headings={["Not imported: fix the file", "Checked: nothing is imported yet"]}
          problems={run.problems}
          problemColumns={[
            { header: "Line", cell: (p) => p.line },
            { header: "Column", cell: (p) => p.column || "—" },
            { header: "Problem", cell: (p) => p.reason },
          ]}
          apply={
            run.status === "VALIDATED" && run.problems.length === 0
              ? { action: "/imports/patrols/apply", name: "run", id: run.id, label: `Import ${c.new} rows` }
              : null
          }
          footer={
            run.status === "COMPLETED" ? (
              <LinkParagraph href="/patrols">See the patrol evaluation</LinkParagraph>
            ) : null
          }
        >
          <li>File: {run.fileName}</li>
          <li>Rows read: {c.rows}</li>
          <li>
            New: {c.new} rows, {c.minutes} minutes of patrol
          </li>
          <li>Already imported, unchanged: {c.unchanged}</li>
          <li>Problems: {c.problems}</li>
        </CheckedUploadReport>
      ) : null}
      <UploadAndCheckForm action="/imports/patrols/upload">
        <FileUpload
          id="patrols"
          label="Geofencing extract"
          hint="A CSV file of 10 MB or less. Nothing is imported until you have seen the check."
          error={message}
          accept=".csv,text/csv"
        />
      </UploadAndCheckForm>
      <h2 className="govuk-heading-m">File format</h2>
      <p className="govuk-body">
        Columns hotspot_code, date (YYYY-MM-DD, not in the future), minutes (a whole number from 1 to{" "}
        {MAX_PATROL_MINUTES}: the minutes of visible patrol inside the geofence that day) and patrol_type (
        {PATROL_TYPES.join(", ")}). One row per hotspot, date and patrol type. A row already imported with the
        same minutes is skipped; imported minutes are never changed by a later file.
      </p>
    </>
  );
}
