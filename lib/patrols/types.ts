import type { ImportStatusName } from "@/lib/imports/import-run-dto";
import type { PatrolCheck, PatrolProblem } from "@/lib/patrols/check-patrol-file";

// What the patrol pages and components receive (no Prisma rows in components).

export type PatrolImportView = {
  id: number;
  status: ImportStatusName;
  fileName: string;
  counts: PatrolCheck["counts"];
  problems: PatrolProblem[];
};

export type Arm = "TREATMENT" | "CONTROL";

export type WeeklyDosage = {
  /** The Monday the week starts. */
  weekStart: string;
  minutes: number;
  patrols: number;
};

export type HotspotPeriodRow = {
  hotspotId: number;
  code: string;
  name: string;
  arm: Arm | null;
  minutes: number;
  patrols: number;
  syv: number;
  knife: number;
};

export type ArmSummary = { hotspots: number; meanSyv: number; meanKnife: number; meanMinutes: number };

export type PeriodComparison = {
  treatment: ArmSummary;
  control: ArmSummary;
  /** Treatment minus control; null unless both arms have hotspots. */
  difference: { syv: number; knife: number; minutes: number } | null;
};

export type DeploymentRecord = {
  id: number;
  recordedAt: Date;
  recordedBy: string | null;
  reason: string | null;
  supersedesId: number | null;
  treatment: string[];
  control: string[];
};

export type PeriodEvaluation = {
  number: number;
  start: string;
  end: string;
  label: string;
  deployment: DeploymentRecord | null;
  /** Earlier records of the period this one superseded, newest first. */
  superseded: DeploymentRecord[];
  rows: HotspotPeriodRow[];
  comparison: PeriodComparison;
};
