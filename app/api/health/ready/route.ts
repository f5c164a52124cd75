import { checkDatabase } from "@/lib/health/server/check-database";

// Readiness: 200 when the database answers, 503 within 2 s when it does not. The reason is
// logged, never returned: the probe is public.

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase({ timeoutMs: 1_500 });
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) {
    return Response.json({ status: "ok", database: "ok" }, { headers });
  }
  console.error(`ready probe: database ${result.reason}: ${result.detail}`);
  return Response.json({ status: "unavailable", database: "unavailable" }, { status: 503, headers });
}
