import Link from "next/link";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
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

const COLUMNS = [
  "Provider and pathway",
  ...numericColumns(
    "Referrals",
    "Engagement rate",
    "Completion rate",
    "Appeared again within 6 months: completed",
    "Within 6 months: referred but not engaged",
    "Appeared again within 12 months: completed",
    "Within 12 months: referred but not engaged",
  ),
];

/** A rate, with the count behind it linked underneath. */
function Rate({ row, measure }: { row: EffectivenessFigures; measure: "engaged" | "completed" }) {
  return (
    <>
      {percent(measure === "engaged" ? row.engagementRate : row.completionRate)}
      <span className="govuk-body-s govuk-!-display-block">
        <Count row={row} measure={measure} label={measure} /> {measure}
      </span>
    </>
  );
}

export function EffectivenessTable({ rows }: { rows: EffectivenessFigures[] }) {
  return (
    <DataTable
      caption="Referrals by provider and pathway"
      captionSize="m"
      testId="effectiveness-table"
      className="govuk-table--small-text-until-tablet"
      columns={COLUMNS}
    >
      {rows.map((row) => (
        <tr
          className="govuk-table__row"
          key={`${row.provider}/${row.pathway}`}
          data-testid="effectiveness-row"
        >
          <RowHeader>
            {row.provider}
            <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
              {row.pathway}
            </span>
          </RowHeader>
          <Cell numeric>
            <Count row={row} measure="referred" label="referrals" />
          </Cell>
          <Cell numeric>
            <Rate row={row} measure="engaged" />
          </Cell>
          <Cell numeric>
            <Rate row={row} measure="completed" />
          </Cell>
          {AGAIN_COLUMNS.map(([cohort, days]) => (
            <Cell numeric key={`${cohort}-${days}`}>
              <Again row={row} cohort={cohort} days={days} />
            </Cell>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
