import { NextResponse, type NextRequest } from "next/server";
import { attachmentResponse, refusalResponse } from "@/lib/security/download-response";
import { getActor } from "@/lib/auth/server/get-actor";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { exportJustificationSchema, offenceListHref, parseOffenceListQuery } from "@/lib/offences/schemas";
import { exportOffences } from "@/lib/offences/server/export-offences";
import { todayInUk } from "@/lib/dates/day";
import { pathOf, seeOther, siteUrl } from "@/lib/http/see-other";
import { sealHref } from "@/lib/security/sealed-query";

// The CSV download. A POST from the export page, not a GET: the reason and recipients must not sit
// in URLs (history, proxy logs), and a link or prefetch must never trigger a disclosure.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  // Route handlers get none of Next's server-action origin checks: refuse a post from another site.
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");

  const fields = Object.fromEntries(
    [...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]),
  );
  const { query, form } = parseOffenceListQuery(fields);
  const justification = exportJustificationSchema.safeParse({
    reason: fields.reason ?? "",
    recipients: fields.recipients ?? "",
  });
  if (!justification.success) {
    const missing = [...new Set(justification.error.issues.map((i) => String(i.path[0])))].join(",");
    const back = offenceListHref(
      { form, sort: query.sort, dir: query.dir, page: 1, size: query.size },
      "/offences/export",
    );
    const url = siteUrl(back);
    url.searchParams.set("missing", missing);
    // The person-name filter goes back sealed, never plain (lib/security/sealed-fields.ts).
    return seeOther(sealHref(actor.id, pathOf(url)));
  }

  try {
    const stream = await exportOffences({ actor, query, justification: justification.data });
    const today = todayInUk();
    return attachmentResponse(stream, "text/csv; charset=utf-8", `offences-${today}.csv`);
  } catch (error) {
    return refusalResponse(error);
  }
}
