import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { DisclosureFields, disclosureErrors } from "@/components/ui/disclosure-fields";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import {
  FILTER_KEYS,
  FILTER_LABELS,
  offenceListHref,
  parseOffenceListQuery,
  type OffenceListLink,
} from "@/lib/offences/schemas";
import { listOffences } from "@/lib/offences/server/list-offences";
import { readSealedFields } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Export offences", disclosureErrors(await searchParams, "list").length > 0) };
}

/**
 * An export is a disclosure (DPA 2018 s.62): the user says why and to whom before the file is
 * made, and the download is audited with both. The list's filters travel as hidden fields.
 */
export default async function ExportOffencesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("offences.read");
  const { params, token } = readSealedFields(actor.id, await searchParams, "/offences/export");
  const { query, form } = parseOffenceListQuery(params);
  const { total } = await listOffences({ actor, query: { ...query, page: 1, size: 25 }, exactCount: true });
  const errors = disclosureErrors(params, "list");
  const link: OffenceListLink = {
    form,
    sort: query.sort,
    dir: query.dir,
    page: 1,
    size: query.size,
    sealed: token ?? "",
  };
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
      <form method="post" action="/offences/export/csv" noValidate>
        {FILTER_KEYS.filter((key) => form[key]).map((key) => (
          <input key={key} type="hidden" name={key} value={form[key]} />
        ))}
        <DisclosureFields
          errors={errors}
          what="list"
          reasonHint="For example, the figures for the Captiva Guardian meeting on 8 December"
          recipientsHint="Names, roles or teams, for example SYV Superintendent and the knife crime analysts"
        />
      </form>
    </>
  );
}
