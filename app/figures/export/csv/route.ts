import { NextResponse, type NextRequest } from "next/server";
import { figureExportHref, isFigureTableId } from "@/lib/figures/figure-table";
import { figureWindow } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { exportFigureTable } from "@/lib/figures/server/export-figure-table";
import { csvAttachment, missingFieldsPath, readCsvExportRequest } from "@/lib/http/csv-export-request";
import { seeOther } from "@/lib/http/see-other";

// The CSV of one figures table. A POST from the export page, as for the offence list: the reason
// and recipients stay out of URLs, and a link or prefetch never makes a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const started = await readCsvExportRequest(request);
  if (!started.ok) return started.response;
  const { actor, fields, justification } = started;
  const id = fields.table ?? "";
  if (!isFigureTableId(id)) return new NextResponse("Not found", { status: 404 });
  const window = figureWindow(
    { asAt: fields.asAt || undefined, year: fields.year || undefined },
    todayInUk(),
  );
  if (!justification) return seeOther(missingFieldsPath(figureExportHref(id, window), started.missing));
  return csvAttachment(() => exportFigureTable({ actor, id, window, justification }));
}
