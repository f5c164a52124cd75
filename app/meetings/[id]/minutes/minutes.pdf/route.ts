import type { NextRequest } from "next/server";
import { takeMinutes } from "@/lib/meetings/server/take-minutes";
import { minutesDocument } from "@/lib/meetings/run-minutes-document";
import { meetingPdfResponse } from "@/lib/pdf/meeting-pdf-route";

// The minutes as a PDF, from the minutes page's button (a POST: see meeting-pdf-route.ts).

export const dynamic = "force-dynamic";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return meetingPdfResponse(request, params, async ({ actor, meetingId }) => {
    const minutes = await takeMinutes({ actor, meetingId, download: true });
    return { document: minutesDocument(minutes), filename: `minutes-${minutes.id}.pdf` };
  });
}
