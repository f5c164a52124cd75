import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { isAppError } from "@/lib/errors";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { MAX_PATROL_FILE_BYTES } from "@/lib/patrols/check-patrol-file";
import { uploadPatrolImport } from "@/lib/patrols/server/upload-patrol-import";

// The geofencing extract's upload (issue 17): a plain multipart post answered with a redirect to
// the dry run. Nothing is imported here; the page's button imports exactly the file checked.

export const dynamic = "force-dynamic";
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/auth/session-ended", request.url), 303);
  try {
    // Before a byte of the body is read: a refused role uploads nothing.
    await requirePermission(actor, "patrols.record", { entity: { type: "import-run", id: "new" } });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
  const back = (error: string) =>
    NextResponse.redirect(new URL(`/imports/patrols?error=${error}`, request.url), 303);
  if (Number(request.headers.get("content-length") ?? "0") > MAX_PATROL_FILE_BYTES + ENVELOPE_BYTES)
    return back("too-large");
  let form: FormData;
  try {
    const body = await readLimitedBody(request, MAX_PATROL_FILE_BYTES + ENVELOPE_BYTES);
    if (body === "too-large") return back("too-large");
    form = await body.formData();
  } catch {
    return back("no-file");
  }
  const file = form.get("patrols");
  if (!(file instanceof File) || file.name === "") return back("no-file");
  try {
    const runId = await uploadPatrolImport({ actor, file });
    return NextResponse.redirect(new URL(`/imports/patrols?run=${runId}`, request.url), 303);
  } catch (error) {
    const reason = isAppError(error) ? error.fieldErrors?.patrols?.[0] : undefined;
    if (reason === "empty" || reason === "too-large") return back(reason);
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
}
