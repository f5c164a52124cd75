import Link from "next/link";
import type { Measure } from "@/lib/referrals/effectiveness";
import type { EffectivenessFigures } from "@/lib/referrals/types";

// The effectiveness table. Every count links to the referrals and persons behind it (the list page
// decides whether a person's name opens their record).

const percent = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(1)}%`);

function Count({ row, measure, label }: { row: EffectivenessFigures; measure: Measure; label: string }) {
  const query = new URLSearchParams({ provider: row.provider, pathway: row.pathway, measure });
  return (
    <Link
      className="govuk-link"
      href={`/referrals/effectiveness/persons?${query.toString()}`}
      aria-label={`${row.counts[measure]} ${label}, ${row.provider}, ${row.pathway}`}
    >
      {row.counts[measure].toLocaleString("en-GB")}
    </Link>
  );
}

function Again({
  row,
  cohort,
  days,
}: {
  row: EffectivenessFigures;
  cohort: "completed" | "comparison";
  days: 183 | 365;
}) {
  const share = cohort === "completed" ? row.completedAgain[days] : row.comparisonAgain[days];
  const group = cohort === "completed" ? "completed" : "referred but not engaged";
  const months = days === 183 ? 6 : 12;
  return (
    <>
      {percent(share)}
      <span className="govuk-body-s govuk-!-display-block">
        <Count
          row={row}
          measure={`${cohort}-${days}-again`}
          label={`${group} who appeared again within ${months} months`}
        />{" "}
        of{" "}
        <Count
          row={row}
          measure={`${cohort}-${days}-eligible`}
          label={`${group} with ${months} months passed`}
        />
      </span>
    </>
  );
}

const AGAIN_COLUMNS = [
  ["completed", 183],
  ["comparison", 183],
  ["completed", 365],
  ["comparison", 365],
] as const;

const HEADERS = [
  "Provider and pathway",
  "Referrals",
  "Engagement rate",
  "Completion rate",
  "Appeared again within 6 months: completed",
  "Within 6 months: referred but not engaged",
  "Appeared again within 12 months: completed",
  "Within 12 months: referred but not engaged",
];

export function EffectivenessTable({ rows }: { rows: EffectivenessFigures[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="effectiveness-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Referrals by provider and pathway
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {HEADERS.map((h, i) => (
            <th
              scope="col"
              className={`govuk-table__header${i > 0 ? " govuk-table__header--numeric" : ""}`}
              key={h}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr
            className="govuk-table__row"
            key={`${row.provider}/${row.pathway}`}
            data-testid="effectiveness-row"
          >
            <th scope="row" className="govuk-table__header">
              {row.provider}
              <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                {row.pathway}
              </span>
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count row={row} measure="referred" label="referrals" />
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {percent(row.engagementRate)}
              <span className="govuk-body-s govuk-!-display-block">
                <Count row={row} measure="engaged" label="engaged" /> engaged
              </span>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {percent(row.completionRate)}
              <span className="govuk-body-s govuk-!-display-block">
                <Count row={row} measure="completed" label="completed" /> completed
              </span>
            </td>
            {AGAIN_COLUMNS.map(([cohort, days]) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={`${cohort}-${days}`}>
                <Again row={row} cohort={cohort} days={days} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
