import { NextResponse, type NextRequest } from "next/server";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { recordRefusedRequest, type RefusalReason } from "@/lib/security/server/record-refused-request";

// proxy.ts rewrites refused requests here (the proxy itself stays free of database code): audit
// the refusal, answer with the status and nothing else. Anyone may call it directly; that only
// records a refused request against their own address.

const STATUS: Record<RefusalReason, number> = { "middleware-subrequest-header": 400, "cross-origin-action": 403 };

async function refuse(request: NextRequest): Promise<Response> {
  const reason = request.nextUrl.searchParams.get("reason");
  const known = reason === "middleware-subrequest-header" || reason === "cross-origin-action";
  const status = known ? STATUS[reason] : 400;
  if (known) {
    await recordRefusedRequest({
      reason,
      method: request.method,
      path: request.nextUrl.searchParams.get("path") ?? "",
      origin: request.nextUrl.searchParams.get("origin"),
      address: clientAddressFrom(request.headers),
    }).catch((error: unknown) => console.error("could not audit a refused request:", error));
  }
  return NextResponse.json({ error: status === 403 ? "forbidden" : "bad request" }, { status });
}

export const GET = refuse;
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
