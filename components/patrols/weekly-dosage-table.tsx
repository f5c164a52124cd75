import { DataTable } from "@/components/ui/data-table";
import { formatDay } from "@/lib/dates/day";
import type { WeeklyDosage } from "@/lib/patrols/types";

/**
 * A hotspot's patrol dosage by week (getWeeklyDosage), for the hotspot page. Minutes of visible
 * patrol inside the geofence; patrols are the extract's rows (one per day and patrol type).
 */
export function WeeklyDosageTable({
  weeks,
  caption = "Patrol dosage by week",
}: {
  weeks: WeeklyDosage[];
  caption?: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={["Week starting", { label: "Minutes", numeric: true }, { label: "Patrols", numeric: true }]}
      testId="weekly-dosage"
    >
      {weeks.map((w) => (
        <tr className="govuk-table__row" key={w.weekStart}>
          <td className="govuk-table__cell">{formatDay(w.weekStart)}</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">{w.minutes}</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">{w.patrols}</td>
        </tr>
      ))}
    </DataTable>
  );
}
