import { csvHeader, csvRow } from "@/lib/csv/csv";
import { ARM_LABELS } from "@/lib/patrols/evaluation";
import type { PeriodEvaluation } from "@/lib/patrols/types";

// The evaluation as CSV for the Home Office return (seed paragraph 28): the marking, what was
// counted, then two tables: treatment against control per period, and dosage against offences per
// hotspot and period. Cells go through lib/csv, the house's guard against formula injection.

export const COMPARISON_COLUMNS = [
  "period",
  "period_start",
  "period_end",
  "treatment_hotspots",
  "control_hotspots",
  "treatment_mean_syv",
  "control_mean_syv",
  "difference_mean_syv",
  "treatment_mean_knife_used",
  "control_mean_knife_used",
  "difference_mean_knife_used",
  "treatment_mean_minutes",
  "control_mean_minutes",
  "difference_mean_minutes",
  "deployment_record",
] as const;

export const HOTSPOT_COLUMNS = [
  "period",
  "period_start",
  "period_end",
  "hotspot_code",
  "hotspot_name",
  "arm",
  "patrol_minutes",
  "patrols",
  "syv_offences",
  "knife_used_offences",
] as const;

export function patrolEvaluationCsv(periods: readonly PeriodEvaluation[]): string {
  let csv =
    csvHeader(["OFFICIAL-SENSITIVE"]) +
    csvRow(["Targeted Guardian Patrols: randomised deployment evaluation"]) +
    csvRow([
      "SYV: scrutiny-category offences with a victim under 25, by recorded date, placed in a hotspot by their point; knife used: of those, the knife flag. Means are per hotspot of the arm; difference = treatment - control.",
    ]) +
    csvRow(COMPARISON_COLUMNS);
  for (const p of periods) {
    const { treatment: t, control: c, difference: d } = p.comparison;
    csv += csvRow([
      `P${p.number}`,
      p.start,
      p.end,
      t.hotspots,
      c.hotspots,
      t.meanSyv,
      c.meanSyv,
      d?.syv ?? "",
      t.meanKnife,
      c.meanKnife,
      d?.knife ?? "",
      t.meanMinutes,
      c.meanMinutes,
      d?.minutes ?? "",
      p.deployment
        ? p.deployment.supersedesId
          ? `correction ${p.deployment.id} of ${p.deployment.supersedesId}`
          : `record ${p.deployment.id}`
        : "none",
    ]);
  }
  csv += csvRow([]) + csvRow(HOTSPOT_COLUMNS);
  for (const p of periods)
    for (const r of p.rows)
      csv += csvRow([
        `P${p.number}`,
        p.start,
        p.end,
        r.code,
        r.name,
        r.arm ? ARM_LABELS[r.arm] : "Not in the trial",
        r.minutes,
        r.patrols,
        r.syv,
        r.knife,
      ]);
  return csv;
}
