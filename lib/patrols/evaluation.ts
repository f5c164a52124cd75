import type { Arm, ArmSummary, HotspotPeriodRow, PeriodComparison } from "@/lib/patrols/types";

// Treatment against control for one period (issue 17): the mean per hotspot of each arm's SYV
// offences, knife-used SYV offences and patrol minutes, and the difference (treatment − control).
// Means and differences to two decimal places; differences come from the unrounded means. Pure.

const round2 = (n: number) => Math.round(n * 100) / 100;

function summarise(rows: HotspotPeriodRow[], arm: Arm): ArmSummary & { exact: [number, number, number] } {
  const inArm = rows.filter((r) => r.arm === arm);
  const mean = (pick: (r: HotspotPeriodRow) => number) =>
    inArm.length ? inArm.reduce((s, r) => s + pick(r), 0) / inArm.length : 0;
  const exact: [number, number, number] = [mean((r) => r.syv), mean((r) => r.knife), mean((r) => r.minutes)];
  return {
    hotspots: inArm.length,
    meanSyv: round2(exact[0]),
    meanKnife: round2(exact[1]),
    meanMinutes: round2(exact[2]),
    exact,
  };
}

export function comparePeriod(rows: HotspotPeriodRow[]): PeriodComparison {
  const { exact: t, ...treatment } = summarise(rows, "TREATMENT");
  const { exact: c, ...control } = summarise(rows, "CONTROL");
  return {
    treatment,
    control,
    difference:
      treatment.hotspots > 0 && control.hotspots > 0
        ? { syv: round2(t[0] - c[0]), knife: round2(t[1] - c[1]), minutes: round2(t[2] - c[2]) }
        : null,
  };
}

export const ARM_LABELS: Record<Arm, string> = { TREATMENT: "Treatment", CONTROL: "Control" };

/** Hotspot codes as the analyst pastes them from the randomisation: commas, spaces or lines. */
export function parseHotspotCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}
