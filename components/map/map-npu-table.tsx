import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
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
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {count(r.total, extra, `offences in ${where}`)}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{r.placed.toLocaleString("en-GB")}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {count(r.inHotspots, { ...extra, inhotspot: "yes" }, `offences in hotspots in ${where}`)}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{r.unplaced.toLocaleString("en-GB")}</td>
    </>
  );
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={[
        "NPU",
        { label: "Offences", numeric: true },
        { label: "On the map", numeric: true },
        { label: "In hotspots", numeric: true },
        { label: "Unplaced (no location)", numeric: true },
      ]}
      testId="map-npu-table"
    >
      {rows.map((r) => (
        <tr className="govuk-table__row" key={r.npuId}>
          <th scope="row" className="govuk-table__header">
            {r.npu}
          </th>
          {cells(r, { npu: String(r.npuId) }, r.npu)}
        </tr>
      ))}
      <tr className="govuk-table__row">
        <th scope="row" className="govuk-table__header">
          All NPUs
        </th>
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
