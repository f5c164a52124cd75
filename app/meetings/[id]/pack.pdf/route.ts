import type { NextRequest } from "next/server";
import { packDocument } from "@/lib/meetings/pack-document";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { meetingPdfResponse } from "@/lib/pdf/meeting-pdf-route";

// The pack as a PDF, from the pack page's "Download PDF" button (a POST: see meeting-pdf-route.ts).
// The form may name a published version; without one, the current pack.

export const dynamic = "force-dynamic";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return meetingPdfResponse(request, params, async ({ actor, meetingId, form }) => {
    const version = Number(form?.get("version") || NaN);
    const pack = await getAgendaPack({
      actor,
      meetingId,
      versionNumber: Number.isInteger(version) ? version : undefined,
      download: true,
    });
    return { document: packDocument(pack), filename: `agenda-pack-${meetingId}-v${pack.packVersion}.pdf` };
  });
}
