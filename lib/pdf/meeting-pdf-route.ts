import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/server/get-actor";
import { renderPdf } from "@/lib/pdf/document";
import type { PdfDocumentInput } from "@/lib/pdf/layout";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { withExportSlot } from "@/lib/security/server/export-slots";
import { seeOther } from "@/lib/http/see-other";

export type MeetingPdf = { document: PdfDocumentInput; filename: string };

/**
 * The POST handler of a meeting's PDF download (agenda pack, minutes). A POST from the page's
 * button, never a GET: a link or a prefetch must not make a disclosure, and the data function
 * `make` calls audits it as one. Cross-site posts are refused; a signed-out user goes to "session
 * ended"; a refusal or an unknown meeting answers 403 or 404 and reveals nothing else.
 */
export async function meetingPdfResponse(
  request: NextRequest,
  params: Promise<{ id: string }>,
  make: (input: { actor: Actor; meetingId: number; form: FormData | null }) => Promise<MeetingPdf>,
): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  // The session lookup needs a connection too: a full pool there is "busy" (503), not a 500.
  let actor: Actor | null;
  try {
    actor = await getActor();
  } catch (error) {
    return refusalResponse(error);
  }
  if (!actor) return seeOther("/auth/session-ended");
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) return new NextResponse("Not found", { status: 404 });
  // A post without a form body (a forged call) must reach the permission check, not fail here.
  const form = await request.formData().catch(() => null);
  try {
    const { pdf, filename } = await withExportSlot(actor.id, async () => {
      const { document, filename } = await make({ actor, meetingId: Number(raw), form });
      return { pdf: await renderPdf(document), filename };
    });
    return attachmentResponse(new Uint8Array(pdf), "application/pdf", filename);
  } catch (error) {
    return refusalResponse(error);
  }
}
