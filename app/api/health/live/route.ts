// Liveness: the process is up and serving. Never touches the database, so a database outage
// does not get the app restarted (that is what the ready probe is for).

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
