import { after, NextResponse, type NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { isAppError } from "@/lib/errors";
import { postingActor } from "@/lib/http/posting-actor";
import { MAX_UPLOAD_BYTES, isUploadError, type UploadError } from "@/lib/imports/limits";
import { uploadImport } from "@/lib/imports/server/upload-import";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { busyResponse, isDatabaseBusy } from "@/lib/db/database-busy";
import { seeOther } from "@/lib/http/see-other";

// The upload of an RMS extract: a plain multipart form post (works without JavaScript), answered
// with a redirect to the run's page, where the dry run's progress and then its results show.
// A route handler rather than a server action: server actions refuse bodies over 1 MB outright,
// and this one says why a file is refused. proxy.ts does not run here (its matcher leaves this
// path out, so Next does not buffer 50 MB bodies before anyone is authenticated): the session,
// origin and permission are checked below before the body is read, and the body is read with a
// running count that stops at the limit.

export const dynamic = "force-dynamic";

// Multipart boundaries and headers take a few hundred bytes beyond the files themselves.
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: NextRequest): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
  try {
    // Before a byte of the body is read: a refused role uploads nothing.
    await requirePermission(actor, "imports.run", { entity: { type: "import-run", id: "new" } });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
  const back = (error: UploadError) => seeOther(`/imports?error=${error}`);

  // Refused from the declared length, before a byte of the body is read.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) return back("too-large");

  let form: FormData;
  try {
    const body = await readLimitedBody(request, MAX_UPLOAD_BYTES + ENVELOPE_BYTES);
    if (body === "too-large") return back("too-large");
    form = await body.formData();
  } catch {
    return back("no-offences");
  }
  const offences = form.get("offences");
  const persons = form.get("persons");
  if (!(offences instanceof File) || offences.name === "") return back("no-offences");
  try {
    const { runId, checked } = await uploadImport({
      actor,
      offences,
      persons: persons instanceof File && persons.size > 0 ? persons : null,
    });
    after(() => checked);
    return seeOther(`/imports/${runId}`);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN")
      return new NextResponse("Forbidden", { status: 403 });
    if (isDatabaseBusy(error)) return busyResponse();
    const reason = isAppError(error) ? error.fieldErrors?.offences?.[0] : undefined;
    if (isUploadError(reason)) return back(reason);
    throw error;
  }
}
