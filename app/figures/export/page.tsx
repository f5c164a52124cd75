import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { DisclosureFields, disclosureErrors } from "@/components/ui/disclosure-fields";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { isFigureTableId } from "@/lib/figures/figure-table";
import { figureWindow } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import type { SearchParams } from "@/app/search-params";

const first = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 20) || undefined;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: pageTitle("Export figures", disclosureErrors(await searchParams, "table").length > 0) };
}

/** An export of a figures table is a disclosure (DPA 2018 s.62): the user says why and to whom. */
export default async function ExportFiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("figures.export");
  const params = await searchParams;
  const id = first(params.table) ?? "";
  if (!isFigureTableId(id)) notFound();
  const window = figureWindow({ asAt: first(params.asAt), year: first(params.year) }, todayInUk());
  const table = await getFigureTable({ actor, id, window });
  const errors = disclosureErrors(params, "table");
  const back = `/${id === "returns" || id === "svd" ? "returns" : "figures"}?asAt=${window.asAt}&year=${window.year}`;

  return (
    <>
      <Link className="govuk-back-link" href={back}>
        Back
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Export a table to CSV</h1>
      <p className="govuk-body" data-testid="export-table">
        {table.caption}, as at {window.asAt}: {table.csv.rows.length}{" "}
        {table.csv.rows.length === 1 ? "row" : "rows"}.
      </p>
      <form method="post" action="/figures/export/csv" noValidate>
        <input type="hidden" name="table" value={id} />
        <input type="hidden" name="asAt" value={window.asAt} />
        <input type="hidden" name="year" value={window.year} />
        <DisclosureFields
          errors={errors}
          what="table"
          reasonHint="For example, the quarterly Serious Violence Duty return"
          recipientsHint="Names, roles or organisations, for example the Walsall Community Safety Partnership"
        />
      </form>
    </>
  );
}
