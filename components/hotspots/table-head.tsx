// The column headings of the hotspot and map tables: one place for the GOV.UK header markup.

export type Heading = { label: string; numeric?: boolean };

export function TableHead({ headings }: { headings: readonly Heading[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((h) => (
          <th
            key={h.label}
            scope="col"
            className={`govuk-table__header${h.numeric ? " govuk-table__header--numeric" : ""}`}
          >
            {h.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
