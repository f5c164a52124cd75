import type { ImportProblem } from "@/lib/imports/columns";
import type { ImportCounts } from "@/lib/imports/server/plan-import";

// What the import pages receive about a run (no Prisma rows in components).

export type ImportStatusName = "VALIDATING" | "VALIDATED" | "IMPORTING" | "COMPLETED" | "FAILED";

export type ImportRunSummary = {
  id: number;
  status: ImportStatusName;
  offencesFile: string;
  personsFile: string | null;
  startedBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  rowsTotal: number;
  rowsDone: number;
  counts: (ImportCounts & { mode?: "all" | "valid"; written?: boolean }) | null;
};

export type ImportRunDetail = ImportRunSummary & {
  problems: ImportProblem[];
  problemsTotal: number;
  page: number;
  totalPages: number;
};

export const IMPORT_STATUS_LABELS: Record<ImportStatusName, string> = {
  VALIDATING: "Checking",
  VALIDATED: "Checked",
  IMPORTING: "Importing",
  COMPLETED: "Imported",
  FAILED: "Not imported",
};
