import { Cell, DataTable, numericColumns } from "@/components/ui/data-table";
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
      columns={["Week starting", ...numericColumns("Minutes", "Patrols")]}
      testId="weekly-dosage"
    >
      {weeks.map((w) => (
        <tr className="govuk-table__row" key={w.weekStart}>
          <Cell>{formatDay(w.weekStart)}</Cell>
          <Cell numeric>{w.minutes}</Cell>
          <Cell numeric>{w.patrols}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
