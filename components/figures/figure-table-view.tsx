import Link from "next/link";
import { drillHref, type FigurePart, type FigureTable } from "@/lib/figures/figure-table";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";

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
        <DataTable
          caption={table.caption}
          captionSize="m"
          className="govuk-table--small-text-until-tablet"
          columns={[table.corner, ...numericColumns(...table.columns)]}
        >
          {table.rows.map((row) => (
            <tr key={row.head} className="govuk-table__row">
              <RowHeader>{row.head}</RowHeader>
              {row.cells.map((cell, i) => (
                <Cell key={i} numeric>
                  {cell.map((part, j) => (
                    <Part key={j} part={part} />
                  ))}
                </Cell>
              ))}
            </tr>
          ))}
        </DataTable>
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
