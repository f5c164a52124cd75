import Link from "next/link";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
import { drillHref, type Drill } from "@/lib/figures/figure-table";
import type { MapNpuCount } from "@/lib/hotspots/map-types";

// A force-scale map's points counted by NPU (issue 17): the accessible table beside a map whose
// points are drawn in clusters. Each count opens the offence list filtered to exactly those
// offences, and each offence there opens its record, as a point does.

export function MapNpuTable({
  rows,
  caption,
  drill,
}: {
  rows: MapNpuCount[];
  caption: string;
  drill: Drill;
}) {
  const sum = (key: "total" | "placed" | "inHotspots" | "unplaced") => rows.reduce((s, r) => s + r[key], 0);
  const count = (n: number, extra: Drill, label: string) =>
    n > 0 ? (
      <Link className="govuk-link" href={drillHref({ ...drill, ...extra })}>
        {n.toLocaleString("en-GB")}
        <span className="govuk-visually-hidden"> {label}</span>
      </Link>
    ) : (
      "0"
    );
  const cells = (r: Omit<MapNpuCount, "npuId" | "npu">, extra: Drill, where: string) => (
    <>
      <Cell numeric>{count(r.total, extra, `offences in ${where}`)}</Cell>
      <Cell numeric>{r.placed.toLocaleString("en-GB")}</Cell>
      <Cell numeric>
        {count(r.inHotspots, { ...extra, inhotspot: "yes" }, `offences in hotspots in ${where}`)}
      </Cell>
      <Cell numeric>{r.unplaced.toLocaleString("en-GB")}</Cell>
    </>
  );
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={["NPU", ...numericColumns("Offences", "On the map", "In hotspots", "Unplaced (no location)")]}
      testId="map-npu-table"
    >
      {rows.map((r) => (
        <tr className="govuk-table__row" key={r.npuId}>
          <RowHeader>{r.npu}</RowHeader>
          {cells(r, { npu: String(r.npuId) }, r.npu)}
        </tr>
      ))}
      <tr className="govuk-table__row">
        <RowHeader>All NPUs</RowHeader>
        {cells(
          {
            total: sum("total"),
            placed: sum("placed"),
            inHotspots: sum("inHotspots"),
            unplaced: sum("unplaced"),
          },
          {},
          "all NPUs",
        )}
      </tr>
    </DataTable>
  );
}
