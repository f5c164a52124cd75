import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { isAppError } from "@/lib/errors";
import { takeMinutes } from "@/lib/meetings/server/take-minutes";
import { minutesDocument } from "@/lib/meetings/run-minutes-document";
import { renderPdf } from "@/lib/pdf/document";
import { isCrossSite } from "@/lib/security/is-cross-site";

// The minutes as a PDF. A POST from the minutes page's button, never a GET: a link or a prefetch
// must not make a disclosure (audited as one, to the meeting's attendees).

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/auth/session-ended", request.url), 303);
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) return new NextResponse("Not found", { status: 404 });
  try {
    const minutes = await takeMinutes({ actor, meetingId: Number(raw), download: true });
    const pdf = await renderPdf(minutesDocument(minutes));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="minutes-${minutes.id}.pdf"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return new NextResponse("Forbidden", { status: 403 });
    if (isAppError(error) && error.code === "NOT_FOUND") return new NextResponse("Not found", { status: 404 });
    throw error;
  }
}
