import { seeOther, pathOf, siteUrl } from "@/lib/http/see-other";
import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import { getActor } from "@/lib/auth/server/get-actor";
import { exportJustificationSchema } from "@/lib/offences/schemas";
import { exportPatrolEvaluation } from "@/lib/patrols/server/export-patrol-evaluation";
import { isCrossSite } from "@/lib/security/is-cross-site";

// The patrol evaluation's CSV (issue 17). A POST, as for the figures: the reason and recipients
// stay out of URLs, and a link or prefetch never makes a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");
  const fields = Object.fromEntries(
    [...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]),
  );
  const justification = exportJustificationSchema.safeParse({
    reason: fields.reason ?? "",
    recipients: fields.recipients ?? "",
  });
  if (!justification.success) {
    const url = siteUrl("/patrols");
    url.searchParams.set(
      "missing",
      [...new Set(justification.error.issues.map((i) => String(i.path[0])))].join(","),
    );
    return seeOther(pathOf(url));
  }
  try {
    const { filename, csv } = await exportPatrolEvaluation({ actor, justification: justification.data });
    return attachmentResponse(csv, "text/csv; charset=utf-8", filename);
  } catch (error) {
    return refusalResponse(error);
  }
}
