import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { isAppError } from "@/lib/errors";
import { packDocument } from "@/lib/meetings/pack-document";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { renderPdf } from "@/lib/pdf/document";
import { isCrossSite } from "@/lib/security/is-cross-site";

// The pack as a PDF. A POST from the pack page's "Download PDF" button, never a GET: a link or a
// prefetch must not make a disclosure (it is audited as one, to the meeting's attendees).

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/auth/session-ended", request.url), 303);
  const meetingId = Number((await params).id);
  if (!Number.isInteger(meetingId) || meetingId <= 0) return new NextResponse("Not found", { status: 404 });
  // A post without a form body (a forged call) must reach the permission check, not fail here.
  const raw = (await request.formData().catch(() => null))?.get("version");
  const versionNumber = raw ? Number(raw) : undefined;

  try {
    const pack = await getAgendaPack({ actor, meetingId, versionNumber: Number.isInteger(versionNumber) ? versionNumber : undefined, download: true });
    const pdf = await renderPdf(packDocument(pack));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="agenda-pack-${meetingId}-v${pack.packVersion}.pdf"`,
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
