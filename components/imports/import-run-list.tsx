import Link from "next/link";
import { Tag, type TagColour } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/dates/format";
import {
  IMPORT_STATUS_LABELS,
  type ImportRunSummary,
  type ImportStatusName,
} from "@/lib/imports/import-run-dto";
import { Cell, DataTable } from "@/components/ui/data-table";

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
    <DataTable
      caption="Recent imports, newest first"
      testId="import-history"
      columns={["Started", "By", "Files", "Status", "Offences"]}
    >
      {runs.map((run) => (
        <tr className="govuk-table__row" key={run.id}>
          <Cell>
            <Link className="govuk-link" href={`/imports/${run.id}`}>
              {formatDateTime(run.createdAt)}
              <span className="govuk-visually-hidden"> (import {run.id})</span>
            </Link>
          </Cell>
          <Cell>{run.startedBy ?? "Nightly import"}</Cell>
          <Cell>{[run.offencesFile, run.personsFile].filter(Boolean).join(", ")}</Cell>
          <Cell>
            <ImportStatusTag status={run.status} />
          </Cell>
          <Cell>
            {run.counts
              ? `${run.counts.offences.new} new, ${run.counts.offences.changed} changed, ${run.counts.offences.invalid} invalid`
              : "–"}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
