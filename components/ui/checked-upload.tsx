import type { ReactNode } from "react";
import { ColumnTable, type TableColumn } from "@/components/ui/column-table";

// The check-then-import pages (geofences, patrol dosage): an upload is checked first and its report
// shown with every problem; only a clean check offers the import, all or nothing, posted to the
// page's apply route. Server-rendered plain forms: a file goes to a route handler, not an action.

type ReportProps<T> = {
  /** Names the test ids: `${name}-report`, `${name}-problems`. */
  name: string;
  imported: boolean;
  /** The heading when not imported: with problems (refused), and without (checked). */
  headings: [refused: string, checked: string];
  /** What the check found: the bullet list's items. */
  children: ReactNode;
  problems: readonly T[];
  problemColumns: TableColumn<T>[];
  /** Set after a clean check: the apply route, the field naming the upload, its id, the button. */
  apply?: { action: string; name: string; id: number; label: string } | null;
  /** Shown last, e.g. where to see what was imported. */
  footer?: ReactNode;
};

export function CheckedUploadReport<T>({
  name,
  imported,
  headings,
  children,
  problems,
  problemColumns,
  apply,
  footer,
}: ReportProps<T>) {
  return (
    <div data-testid={`${name}-report`}>
      <h2 className="govuk-heading-m">{imported ? "Imported" : headings[problems.length ? 0 : 1]}</h2>
      <ul className="govuk-list govuk-list--bullet">{children}</ul>
      {problems.length > 0 ? (
        <ColumnTable
          caption={`Problems (${problems.length})`}
          captionSize="s"
          columns={problemColumns}
          rows={problems}
          rowKey={(_, i) => i}
          testId={`${name}-problems`}
        />
      ) : null}
      {apply ? (
        <form method="post" action={apply.action}>
          <input type="hidden" name={apply.name} value={apply.id} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {apply.label}
          </button>
        </form>
      ) : null}
      {footer}
    </div>
  );
}

/** The multipart upload form: its file boxes (and any text before them), then "Upload and check". */
export function UploadAndCheckForm({ action, children }: { action: string; children: ReactNode }) {
  return (
    <form method="post" action={action} encType="multipart/form-data" noValidate>
      {children}
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Upload and check
      </button>
    </form>
  );
}
