import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import { getActor } from "@/lib/auth/server/get-actor";
import { exportJustificationSchema } from "@/lib/offences/schemas";
import { figureExportHref, isFigureTableId } from "@/lib/figures/figure-table";
import { figureWindow } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { exportFigureTable } from "@/lib/figures/server/export-figure-table";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { pathOf, seeOther, siteUrl } from "@/lib/http/see-other";

// The CSV of one figures table. A POST from the export page, as for the offence list: the reason
// and recipients stay out of URLs, and a link or prefetch never makes a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");

  const fields = Object.fromEntries(
    [...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]),
  );
  const id = fields.table ?? "";
  if (!isFigureTableId(id)) return new NextResponse("Not found", { status: 404 });
  const window = figureWindow(
    { asAt: fields.asAt || undefined, year: fields.year || undefined },
    todayInUk(),
  );
  const justification = exportJustificationSchema.safeParse({
    reason: fields.reason ?? "",
    recipients: fields.recipients ?? "",
  });
  if (!justification.success) {
    const url = siteUrl(figureExportHref(id, window));
    url.searchParams.set(
      "missing",
      [...new Set(justification.error.issues.map((i) => String(i.path[0])))].join(","),
    );
    return seeOther(pathOf(url));
  }

  try {
    const { filename, csv } = await exportFigureTable({
      actor,
      id,
      window,
      justification: justification.data,
    });
    return attachmentResponse(csv, "text/csv; charset=utf-8", filename);
  } catch (error) {
    return refusalResponse(error);
  }
}
