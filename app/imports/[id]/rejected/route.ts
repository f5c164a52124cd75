import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import { postingActor } from "@/lib/http/posting-actor";
import { exportRejectedRows } from "@/lib/imports/server/export-rejected-rows";
import { parseRecordId } from "@/lib/ids/record-id";

// The rejected rows of an import as a CSV. A POST from the run page, not a GET: a link or a
// prefetch must never make a disclosure.

export const dynamic = "force-dynamic";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
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
