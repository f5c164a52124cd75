import Link from "next/link";
import { drillHref, type FigurePart, type FigureTable } from "@/lib/figures/figure-table";

// One figures table, GOV.UK style: every count links to the offence list filtered to exactly the
// offences behind it (the link names the figure for screen-reader users), with the definition
// under it and, for those who may export, a link to export it as CSV.

type Props = { table: FigureTable; exportHref?: string };

export function FigureTableView({ table, exportHref }: Props) {
  return (
    <div className="govuk-!-margin-bottom-8" data-testid={`figure-table-${table.id}`}>
      <div
        className="app-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`${table.caption} (scrolls sideways)`}
      >
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--m">{table.caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {table.corner}
              </th>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {table.rows.map((row) => (
              <tr key={row.head} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.head}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                    {cell.map((part, j) => (
                      <Part key={j} part={part} />
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="govuk-body-s">{table.note}</p>
      {exportHref ? (
        <p className="govuk-body-s">
          <Link className="govuk-link" href={exportHref} data-testid={`export-${table.id}`}>
            Export this table as CSV<span className="govuk-visually-hidden">: {table.caption}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function Part({ part }: { part: FigurePart }) {
  if (part.drill === undefined) return <>{part.text}</>;
  return (
    <Link className="govuk-link" href={drillHref(part.drill)} data-figure={part.count}>
      {part.text}
      {part.hidden ? <span className="govuk-visually-hidden">{part.hidden}</span> : null}
    </Link>
  );
}
