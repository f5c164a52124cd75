import Link from "next/link";
import { Tag, type TagColour } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/dates/format";
import {
  IMPORT_STATUS_LABELS,
  type ImportRunSummary,
  type ImportStatusName,
} from "@/lib/imports/import-run-dto";

export const STATUS_COLOURS: Record<ImportStatusName, TagColour> = {
  VALIDATING: "blue",
  VALIDATED: "yellow",
  IMPORTING: "blue",
  COMPLETED: "green",
  FAILED: "red",
};

export function ImportStatusTag({ status }: { status: ImportStatusName }) {
  return <Tag colour={STATUS_COLOURS[status]}>{IMPORT_STATUS_LABELS[status]}</Tag>;
}

/** The import history: uploads and nightly runs, newest first. */
export function ImportRunList({ runs }: { runs: ImportRunSummary[] }) {
  if (runs.length === 0) return <p className="govuk-body">No imports yet.</p>;
  return (
    <table className="govuk-table" data-testid="import-history">
      <caption className="govuk-table__caption govuk-visually-hidden">Recent imports, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Started
          </th>
          <th scope="col" className="govuk-table__header">
            By
          </th>
          <th scope="col" className="govuk-table__header">
            Files
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Offences
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {runs.map((run) => (
          <tr className="govuk-table__row" key={run.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" href={`/imports/${run.id}`}>
                {formatDateTime(run.createdAt)}
                <span className="govuk-visually-hidden"> (import {run.id})</span>
              </Link>
            </td>
            <td className="govuk-table__cell">{run.startedBy ?? "Nightly import"}</td>
            <td className="govuk-table__cell">
              {[run.offencesFile, run.personsFile].filter(Boolean).join(", ")}
            </td>
            <td className="govuk-table__cell">
              <ImportStatusTag status={run.status} />
            </td>
            <td className="govuk-table__cell">
              {run.counts
                ? `${run.counts.offences.new} new, ${run.counts.offences.changed} changed, ${run.counts.offences.invalid} invalid`
                : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
