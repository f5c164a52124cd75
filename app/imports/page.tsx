import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileUpload } from "@/components/forms/file-upload";
import { pageTitle } from "@/components/ui/field-error";
import { ImportRunList } from "@/components/imports/import-run-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { MAX_UPLOAD_LABEL, UPLOAD_ERRORS, isUploadError } from "@/lib/imports/limits";
import { listImportRuns } from "@/lib/imports/server/list-import-runs";
import type { Query, SearchParams } from "@/app/search-params";

const errorOf = (params: Query) => (isUploadError(params.error) ? params.error : null);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Import from the RMS", errorOf(await searchParams) !== null) };
}

/** The analyst's upload of an RMS extract, and the history of imports (uploads and nightly runs). */
export default async function ImportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("imports.run");
  const error = errorOf(await searchParams);
  const message = error ? UPLOAD_ERRORS[error] : undefined;
  const runs = await listImportRuns({ actor });

  return (
    <>
      <ErrorSummary errors={message ? [{ fieldId: "offences", message }] : []} />
      <h1 className="govuk-heading-l">Import from the RMS</h1>
      <p className="govuk-body">
        Upload the offences extract from the records management system, and the persons extract if you have
        one. The files are checked first: nothing is imported until you have seen the results.
      </p>
      <p className="govuk-body">
        Both are CSV files (UTF-8, comma-separated, with a header row). The columns are described in the{" "}
        <Link className="govuk-link" href="#format">
          file format
        </Link>{" "}
        section below.
      </p>
      <form method="post" action="/imports/upload" encType="multipart/form-data" noValidate>
        <FileUpload
          id="offences"
          label="Offences file"
          hint={`offences.csv. Both files together must be ${MAX_UPLOAD_LABEL} or smaller.`}
          error={message}
          accept=".csv,text/csv"
        />
        <FileUpload
          id="persons"
          label="Persons file (optional)"
          hint="persons.csv: victims, suspects, offenders and witnesses of the offences."
          accept=".csv,text/csv"
        />
        <button type="submit" className="govuk-button">
          Upload and check
        </button>
      </form>

      <p className="govuk-body">
        NPU boundaries and hotspot geofences (GeoJSON) are imported on{" "}
        <Link className="govuk-link" href="/imports/geofences">
          Import geofences
        </Link>
        ; the geofencing extract of Guardian patrols on{" "}
        <Link className="govuk-link" href="/imports/patrols">
          Import patrol dosage
        </Link>
        .
      </p>

      <h2 className="govuk-heading-m">Recent imports</h2>
      <ImportRunList runs={runs} />

      <h2 className="govuk-heading-m" id="format">
        File format
      </h2>
      <p className="govuk-body">
        offences.csv: crime_reference, recorded_date, occurred_date, ho_offence_code, knife_used, npu, and
        optionally hotspot, latitude, longitude, victim_age, outcome_code, outcome_date, knife_recovered,
        oic_email, summary. Dates are YYYY-MM-DD; Y/N for yes or no. A column left out is never changed.
      </p>
      <p className="govuk-body">
        persons.csv: crime_reference, person_ref (the RMS nominal id), role (VICTIM, SUSPECT, OFFENDER,
        WITNESS or PERSON_OF_INTEREST), surname, forenames, date_of_birth, gender (F, M, OTHER or UNKNOWN).
      </p>
    </>
  );
}
