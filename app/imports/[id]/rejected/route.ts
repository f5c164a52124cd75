import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import { getActor } from "@/lib/auth/server/get-actor";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { exportRejectedRows } from "@/lib/imports/server/export-rejected-rows";
import { parseRecordId } from "@/lib/ids/record-id";
import { seeOther } from "@/lib/http/see-other";

// The rejected rows of an import as a CSV. A POST from the run page, not a GET: a link or a
// prefetch must never make a disclosure.

export const dynamic = "force-dynamic";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");
  const { id } = await params;
  const kind = String((await request.formData()).get("kind") ?? "");
  const runId = parseRecordId(id);
  if (runId === null || (kind !== "offences" && kind !== "persons"))
    return new NextResponse("Not found", { status: 404 });
  try {
    const stream = await exportRejectedRows({ actor, runId, kind });
    return attachmentResponse(stream, "text/csv; charset=utf-8", `import-${id}-rejected-${kind}.csv`);
  } catch (error) {
    return refusalResponse(error);
  }
}
