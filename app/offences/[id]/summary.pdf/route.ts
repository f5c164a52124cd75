import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { caseSummaryDocument } from "@/lib/offences/case-summary-document";
import { getCaseSummary } from "@/lib/offences/server/get-case-summary";
import { meetingPdfResponse } from "@/lib/pdf/meeting-pdf-route";

// The case summary as a PDF, from the print view's "Download PDF" button. The pack's POST handler
// (cross-site refusal, session, 403/404, busy 503, two downloads per user) serves any record's
// forum document; its `meetingId` is this route's offence id.

export const dynamic = "force-dynamic";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return meetingPdfResponse(request, params, async ({ actor, meetingId: offenceId }) => {
    const result = await getCaseSummary({ actor, offenceId, format: "pdf" });
    // The button is only on the print view, shown once a reason is given: a post without one is forged.
    if (result.status !== "ok") throw new AppError("FORBIDDEN");
    return {
      document: caseSummaryDocument(result.summary),
      filename: `case-summary-${offenceId}.pdf`,
    };
  });
}
