import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError, formGroupClass, controlClass, pageTitle } from "@/components/ui/field-error";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { FILTER_KEYS, FILTER_LABELS, offenceListHref, parseOffenceListQuery, type OffenceListLink } from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ERRORS = {
  reason: "Enter why you are exporting this list",
  recipients: "Enter who will receive the export",
} as const;

function errorsFrom(params: Record<string, string | string[] | undefined>) {
  const missing = String(params.missing ?? "").split(",");
  return (["reason", "recipients"] as const).filter((f) => missing.includes(f)).map((f) => ({ fieldId: f, message: ERRORS[f] }));
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Export offences", errorsFrom(await searchParams).length > 0) };
}

/**
 * An export is a disclosure (DPA 2018 s.62): the user says why and to whom before the file is
 * made, and the download is audited with both. The list's filters travel as hidden fields.
 */
export default async function ExportOffencesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("offences.read");
  const params = await searchParams;
  const { query, form } = parseOffenceListQuery(params);
  const { total } = await listOffences({ actor, query: { ...query, page: 1, size: 25 } });
  const errors = errorsFrom(params);
  const error = (field: "reason" | "recipients") => errors.find((e) => e.fieldId === field)?.message;
  const link: OffenceListLink = { form, sort: query.sort, dir: query.dir, page: 1, size: query.size };
  const selected = FILTER_KEYS.filter((key) => form[key]);

  return (
    <>
      <Link className="govuk-back-link" href={offenceListHref(link)}>
        Back to the offence list
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Export offences to CSV</h1>
      <p className="govuk-body" data-testid="export-count">
        The file will hold {total.toLocaleString("en-GB")} {total === 1 ? "offence" : "offences"}
        {selected.length > 0 ? " matching these filters:" : " (no filters)."}
      </p>
      {selected.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {selected.map((key) => (
            <li key={key}>
              {FILTER_LABELS[key]}: {form[key]}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The file is OFFICIAL-SENSITIVE. Your reason and the recipients are recorded in the audit log.
        </strong>
      </div>
      <form method="post" action="/offences/export/csv" noValidate>
        {FILTER_KEYS.filter((key) => form[key]).map((key) => (
          <input key={key} type="hidden" name={key} value={form[key]} />
        ))}
        <div className={formGroupClass(Boolean(error("reason")))}>
          <label className="govuk-label govuk-label--s" htmlFor="reason">
            Why are you exporting this list?
          </label>
          <div className="govuk-hint" id="reason-hint">
            For example, the figures for the Captiva Guardian meeting on 8 December
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
            Names, roles or teams, for example SYV Superintendent and the knife crime analysts
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
