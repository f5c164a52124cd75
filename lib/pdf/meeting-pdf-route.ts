import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import type { Actor } from "@/lib/auth/actor";
import { renderPdf } from "@/lib/pdf/document";
import type { PdfDocumentInput } from "@/lib/pdf/layout";
import { withExportSlot } from "@/lib/security/server/export-slots";
import { postingActor } from "@/lib/http/posting-actor";

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
  // The session lookup needs a connection too: a full pool there is "busy" (503), not a 500.
  let actor: Actor | Response;
  try {
    actor = await postingActor(request);
  } catch (error) {
    return refusalResponse(error);
  }
  if (actor instanceof Response) return actor;
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
