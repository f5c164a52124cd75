import Link from "next/link";
import { CaseCell } from "@/components/home/case-link";
import { Cell, DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { formatDay } from "@/lib/dates/day";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";
import type { OffenceListPage } from "@/lib/offences/offence-list-dto";

// The hotspot's drill-down: its SYV offences this period, a page at a time, each opening its
// offence. The count is the offence list's own, so it agrees with the figure above it.

export function HotspotOffenceList({
  list,
  period,
  fullListHref,
  hrefForPage,
}: {
  list: OffenceListPage;
  period: string;
  fullListHref: string;
  hrefForPage: (page: number) => string;
}) {
  return (
    <section aria-labelledby="hotspot-offences">
      <h2 className="govuk-heading-m" id="hotspot-offences">
        SYV offences {period}
      </h2>
      <p className="govuk-body">
        <strong data-testid="drill-count">
          {list.totalCapped ? "More than " : ""}
          {list.total.toLocaleString("en-GB")}
        </strong>{" "}
        offences placed in this hotspot by their location.{" "}
        <Link className="govuk-link" href={fullListHref}>
          Open them in the offence list
        </Link>{" "}
        to filter or export.
      </p>
      <DataTable
        caption={`SYV offences ${period}, page ${list.page} of ${Math.max(list.totalPages, 1)}`}
        columns={["Crime reference", "Recorded", "Offence", "Knife used", "Status"]}
        testId="hotspot-offences"
      >
        {list.rows.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <CaseCell offenceId={r.id} crimeReference={r.crimeReference} />
            <Cell>{formatDay(r.recordedOn)}</Cell>
            <Cell>
              {r.offenceCode} {r.offenceDescription}
            </Cell>
            <Cell>{r.knifeUsed ? "Yes" : "No"}</Cell>
            <Cell>{r.status ? INVESTIGATION_STATUS_LABELS[r.status] : "None"}</Cell>
          </tr>
        ))}
      </DataTable>
      <Pagination list={list} hrefForPage={hrefForPage} label="SYV offence pages" />
    </section>
  );
}
