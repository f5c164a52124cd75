import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError, formGroupClass, controlClass, pageTitle } from "@/components/ui/field-error";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { isFigureTableId } from "@/lib/figures/figure-table";
import { figureWindow, todayIso } from "@/lib/figures/rules";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 20) || undefined;

const ERRORS = {
  reason: "Enter why you are exporting this table",
  recipients: "Enter who will receive the export",
} as const;

function errorsFrom(params: Record<string, string | string[] | undefined>) {
  const missing = String(params.missing ?? "").split(",");
  return (["reason", "recipients"] as const).filter((f) => missing.includes(f)).map((f) => ({ fieldId: f, message: ERRORS[f] }));
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Export figures", errorsFrom(await searchParams).length > 0) };
}

/** An export of a figures table is a disclosure (DPA 2018 s.62): the user says why and to whom. */
export default async function ExportFiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("figures.export");
  const params = await searchParams;
  const id = first(params.table) ?? "";
  if (!isFigureTableId(id)) notFound();
  const window = figureWindow({ asAt: first(params.asAt), year: first(params.year) }, todayIso());
  const table = await getFigureTable({ actor, id, window });
  const errors = errorsFrom(params);
  const error = (field: "reason" | "recipients") => errors.find((e) => e.fieldId === field)?.message;
  const back = `/${id === "returns" || id === "svd" ? "returns" : "figures"}?asAt=${window.asAt}&year=${window.year}`;

  return (
    <>
      <Link className="govuk-back-link" href={back}>
        Back
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Export a table to CSV</h1>
      <p className="govuk-body" data-testid="export-table">
        {table.caption}, as at {window.asAt}: {table.csv.rows.length} {table.csv.rows.length === 1 ? "row" : "rows"}.
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The file is OFFICIAL-SENSITIVE. Your reason and the recipients are recorded in the audit log.
        </strong>
      </div>
      <form method="post" action="/figures/export/csv" noValidate>
        <input type="hidden" name="table" value={id} />
        <input type="hidden" name="asAt" value={window.asAt} />
        <input type="hidden" name="year" value={window.year} />
        <div className={formGroupClass(Boolean(error("reason")))}>
          <label className="govuk-label govuk-label--s" htmlFor="reason">
            Why are you exporting this table?
          </label>
          <div className="govuk-hint" id="reason-hint">
            For example, the quarterly Serious Violence Duty return
          </div>
          <FieldError fieldId="reason" message={error("reason")} />
          <textarea
            className={controlClass("textarea", Boolean(error("reason")))}
            id="reason"
            name="reason"
            rows={3}
            maxLength={500}
            aria-describedby={describedBy("reason", { hint: true, error: Boolean(error("reason")) })}
          />
        </div>
        <div className={formGroupClass(Boolean(error("recipients")))}>
          <label className="govuk-label govuk-label--s" htmlFor="recipients">
            Who will receive it?
          </label>
          <div className="govuk-hint" id="recipients-hint">
            Names, roles or organisations, for example the Walsall Community Safety Partnership
          </div>
          <FieldError fieldId="recipients" message={error("recipients")} />
          <input
            className={controlClass("input", Boolean(error("recipients")))}
            id="recipients"
            name="recipients"
            type="text"
            maxLength={500}
            aria-describedby={describedBy("recipients", { hint: true, error: Boolean(error("recipients")) })}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Download CSV
        </button>
      </form>
    </>
  );
}
