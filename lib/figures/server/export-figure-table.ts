import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeCsvDisclosure } from "@/lib/audit/server/export-disclosure";
import { csvHeader, csvRow } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { exportJustificationSchema, type ExportJustification } from "@/lib/offences/schemas";
import type { FigureTableId } from "@/lib/figures/figure-table";
import type { FigureWindow } from "@/lib/figures/rules";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { withExportSlot } from "@/lib/security/server/export-slots";

/**
 * One figures table as CSV, audited as a DPA s.62 disclosure with the user's reason and recipients.
 * The file carries the marking, what was counted and the window, then the table's own columns.
 */
export async function exportFigureTable({
  actor,
  id,
  window,
  justification,
}: {
  actor: Actor;
  id: FigureTableId;
  window: FigureWindow;
  justification: ExportJustification;
}): Promise<{ filename: string; csv: string }> {
  await requirePermission(actor, "figures.export", { entity: { type: "figures", id } });
  const given = exportJustificationSchema.safeParse(justification);
  if (!given.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(given.error) });

  // The disclosure row commits in a short transaction of its own; the table is built before it.
  return withExportSlot(actor.id, async () => {
    const table = await getFigureTable({ actor, id, window });
    await writeCsvDisclosure({
      actor,
      entity: { type: "figures", id },
      given: given.data,
      detail: { table: id, asAt: window.asAt, year: window.year, rows: table.csv.rows.length },
    });
    const csv =
      csvHeader(["OFFICIAL-SENSITIVE"]) +
      csvRow([table.caption]) +
      csvRow([`As at ${window.asAt}`]) +
      csvRow([table.note]) +
      csvRow(table.csv.columns) +
      table.csv.rows.map(csvRow).join("");
    return { filename: `${id}-${window.asAt}.csv`, csv };
  });
}
