import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/server/get-actor";
import { isCrossSite } from "@/lib/security/is-cross-site";
import { MAX_SEALED_TEXT, sealSearch } from "@/lib/search/server/sealed-search";

// The search boxes post here, so what was typed never stands in an address (sealed-search.ts says
// why). The search itself runs, and is logged and rate-limited, when the results page opens.

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/auth/session-ended", request.url), 303);
  let text = "";
  try {
    const q = (await request.formData()).get("q");
    text = typeof q === "string" ? q.slice(0, MAX_SEALED_TEXT) : "";
  } catch {
    return new NextResponse("Send the search as a form.", { status: 400 });
  }
  return NextResponse.redirect(new URL(`/search?s=${sealSearch(actor.id, text)}`, request.url), 303);
}
