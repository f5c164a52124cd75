import { seeOther } from "@/lib/http/see-other";
import type { NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/imports/server/read-upload-form";
import { MAX_PATROL_FILE_BYTES } from "@/lib/patrols/check-patrol-file";
import { uploadPatrolImport } from "@/lib/patrols/server/upload-patrol-import";

// The geofencing extract's upload (issue 17): a plain multipart post answered with a redirect to
// the dry run. Nothing is imported here; the page's button imports exactly the file checked.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const back = (error: string) => seeOther(`/imports/patrols?error=${error}`);
  const upload = await readUploadForm(request, "patrols.record", MAX_PATROL_FILE_BYTES, back);
  if (upload instanceof Response) return upload;
  const file = upload.form.get("patrols");
  if (!(file instanceof File) || file.name === "") return back("no-file");
  try {
    const runId = await uploadPatrolImport({ actor: upload.actor, file });
    return seeOther(`/imports/patrols?run=${runId}`);
  } catch (error) {
    const reason = isAppError(error) ? error.fieldErrors?.patrols?.[0] : undefined;
    if (reason === "empty" || reason === "too-large") return back(reason);
    throw error;
  }
}
